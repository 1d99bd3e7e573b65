import "server-only";

import { ApiException } from "@kubernetes/client-node";

import {
  apiGroupOf,
  describeRef,
  HUB_KINDS,
  HUB_RESOURCES,
  type ObjectRef,
} from "@/lib/hub/object-ref";
import type { HubError } from "@/lib/hub/results";

import type { HubConnection } from "./client";

/** What Easel was doing when the hub failed, to say it in the message. */
export type HubCallContext = { verb: string; ref?: ObjectRef; server?: string; timeoutMs?: number };

type StatusBody = {
  reason?: string;
  message?: string;
  details?: { causes?: { field?: string }[] };
};

function statusOf(body: unknown): StatusBody {
  if (typeof body !== "string") return typeof body === "object" && body ? (body as StatusBody) : {};
  try {
    return JSON.parse(body) as StatusBody;
  } catch {
    return {};
  }
}

/** The resource a verb applies to, as RBAC names it: `secrets in namespace mural-system`. */
function resourcePhrase(ref: ObjectRef | undefined): string {
  if (!ref) return "this resource";
  const group = apiGroupOf(ref.kind);
  return `${HUB_RESOURCES[ref.kind]}${group ? ` (API group ${group})` : ""}${ref.namespace ? ` in namespace ${ref.namespace}` : ""}`;
}

function onWhat(ref: ObjectRef | undefined): string {
  return ref ? ` (${describeRef(ref)})` : "";
}

/** Fields the server names in a rejection, never the values it may quote. */
function invalidFields(status: StatusBody): string {
  const fields = (status.details?.causes ?? []).map((cause) => cause.field).filter(Boolean);
  return fields.length > 0 ? `: ${[...new Set(fields)].join(", ")}` : "";
}

function fromApiException(error: ApiException<unknown>, context: HubCallContext): HubError {
  const status = statusOf(error.body);
  const target = onWhat(context.ref);
  switch (error.code) {
    case 401:
      return {
        code: "unauthorized",
        message:
          "The hub did not accept Easel's credentials: check the user in the hub kubeconfig.",
      };
    case 403:
      return {
        code: "forbidden",
        message: `Forbidden: the hub's user may not ${context.verb} ${resourcePhrase(context.ref)}${target}.`,
      };
    case 404:
      return { code: "not-found", message: `Not found${target}.` };
    case 409:
      return {
        code: "conflict",
        message: `Conflict${target}: it changed on the hub since the plan; plan again.`,
      };
    case 400:
    case 415:
    case 422:
      return {
        code: "invalid",
        message: `The hub rejected ${context.ref ? describeRef(context.ref) : "the request"} as invalid${invalidFields(status)}.`,
      };
    case 429:
    case 503:
      return {
        code: "unreachable",
        message: "The hub is overloaded or not ready; try again shortly.",
      };
    default:
      return {
        code: "unknown",
        message: `The hub answered ${error.code}${status.reason ? ` (${status.reason})` : ""}${target}.`,
      };
  }
}

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

/** The discovery errors of client-node when the hub does not serve a kind's API. */
function isNotServed(error: Error): boolean {
  return (
    error.message.startsWith("Unrecognized API version and kind") ||
    (error.message.startsWith("Failed to fetch resource metadata") &&
      error instanceof ApiException &&
      error.code === 404)
  );
}

/**
 * A failure of any hub call as a clear, safe message. The client's own messages embed response
 * headers and bodies, so they are never passed on.
 */
export function hubError(error: unknown, context: HubCallContext): HubError {
  if (error instanceof Error && isNotServed(error)) {
    const kind = context.ref?.kind;
    return {
      code: "not-served",
      message: kind
        ? `The hub does not serve ${HUB_KINDS[kind]} ${kind} (its CRD is not installed).`
        : "The hub does not serve this API.",
    };
  }
  if (error instanceof ApiException) return fromApiException(error, context);
  const cause = error as { name?: string; type?: string; code?: string; errno?: string };
  if (cause?.name === "AbortError" || cause?.type === "aborted" || cause?.name === "TimeoutError") {
    const seconds = context.timeoutMs ? ` within ${Math.round(context.timeoutMs / 1000)} s` : "";
    return { code: "timeout", message: `The hub did not answer${seconds}.` };
  }
  const code = cause?.code ?? cause?.errno;
  const where = context.server ? ` at ${context.server}` : "";
  if (code && UNREACHABLE_CODES.has(code)) {
    return { code: "unreachable", message: `The hub${where} cannot be reached (${code}).` };
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) {
    return {
      code: "unreachable",
      message: `The hub${where} presented a certificate Easel does not trust (${code}).`,
    };
  }
  return { code: "unknown", message: `Easel could not ${context.verb} on the hub${where}.` };
}

/** `hubError` for a call made through `connection`, which names the hub and its deadline. */
export function hubErrorOn(
  connection: Pick<HubConnection, "server" | "timeoutMs">,
  error: unknown,
  verb: string,
  ref?: ObjectRef,
): HubError {
  return hubError(error, { verb, ref, server: connection.server, timeoutMs: connection.timeoutMs });
}
