import "server-only";

import { REQUEST_BODY_LIMIT_BYTES } from "@/lib/security/request-limits.mjs";

/** Why a route refused a request before reading what it asks: an HTTP status and a sentence. */
export type RouteRefusal = { status: number; problem: string };

const CROSS_ORIGIN: RouteRefusal = {
  status: 403,
  problem: "Easel answers this only to its own pages.",
};

/**
 * The host a request says it was sent to, as Next.js's origin check for server actions reads it:
 * the first `X-Forwarded-Host` entry when there is one, else `Host`.
 */
function requestedHost(headers: Headers): string | undefined {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || (headers.get("host") ?? undefined);
}

/**
 * Why a request does not come from one of Easel's own pages, or undefined when it does: its
 * `Origin` names another host than the one it was sent to, as Next.js refuses a cross-origin
 * server action. Stricter than actions in one way: a request without `Origin` is refused too,
 * since every browser sends it with a POST.
 */
export function crossOriginRefusal(headers: Headers): RouteRefusal | undefined {
  const origin = headers.get("origin");
  if (!origin) return CROSS_ORIGIN;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return CROSS_ORIGIN;
  }
  return originHost === requestedHost(headers) ? undefined : CROSS_ORIGIN;
}

const TOO_LARGE: RouteRefusal = {
  status: 413,
  problem: `The request is larger than the ${REQUEST_BODY_LIMIT_BYTES / (1024 * 1024)} MB Easel reads.`,
};

/** The bytes of `body`, or undefined as soon as they pass `limit` (the rest is never read). */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A route request's JSON body, read with the server actions' size limit, or why it is refused:
 * not JSON (415: a cross-site form cannot send `application/json` without asking first), larger
 * than the limit (413, by its declared length or by what arrives), or not valid JSON (400).
 */
export async function readJsonBody(
  request: Request,
  limit: number = REQUEST_BODY_LIMIT_BYTES,
): Promise<{ body: unknown } | RouteRefusal> {
  const type = request.headers.get("content-type") ?? "";
  if (type.split(";")[0]?.trim().toLowerCase() !== "application/json") {
    return { status: 415, problem: "Easel reads this request only as JSON." };
  }
  if (Number(request.headers.get("content-length")) > limit) return TOO_LARGE;
  const bytes = request.body ? await readAtMost(request.body, limit) : new Uint8Array();
  if (!bytes) return TOO_LARGE;
  try {
    return { body: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return { status: 400, problem: "The request is not valid JSON." };
  }
}
