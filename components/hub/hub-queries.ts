import type { QueryClient } from "@tanstack/react-query";

import type { ActionResult } from "@/lib/actions/result";
import type { HubReadRefusal } from "@/lib/hub/hub-reads";
import type { ObjectRef } from "@/lib/hub/object-ref";
import type { TargetId } from "@/lib/targets/catalog";

/**
 * Query keys, scoped so that one hub's answers never stand for another's: the status of this
 * browser session, then, under the opaque id of the hub connection the server named, preflight
 * per target and per set of objects.
 */
export const hubKeys = {
  all: ["hub"] as const,
  status: () => [...hubKeys.all, "status"] as const,
  onHub: (hubId: string) => [...hubKeys.all, "on", hubId] as const,
  preflight: (hubId: string, target: TargetId, refs: readonly ObjectRef[]) =>
    [...hubKeys.onHub(hubId), "preflight", target, refs] as const,
  /** Helm's releases, their history and the latest Helm operation on this hub. */
  helm: (hubId: string) => [...hubKeys.onHub(hubId), "helm"] as const,
};

/** Said while the page learns the id of the hub the server now uses. */
export const OTHER_HUB = "The Easel server now uses another hub; asking it again.";

/** The hub id a key made under `hubKeys.onHub` was made for. */
export function hubIdOfKey(key: readonly unknown[]): unknown {
  return key[2];
}

/** A failed action or read as an Error for react-query, keeping the server's own sentence. */
export class HubRequestError extends Error {
  readonly isRefused: boolean;

  constructor(message: string, isRefused = false) {
    super(message);
    this.isRefused = isRefused;
  }
}

/**
 * After a refusal (the operator changed the token, the session ended), the panel asks the server
 * again what access needs, so the token form comes back instead of a dead end.
 */
export function askAgainIfRefused(queryClient: QueryClient, error: unknown): void {
  if (error instanceof HubRequestError && error.isRefused) {
    void queryClient.invalidateQueries({ queryKey: hubKeys.status() });
  }
}

/** The data of a successful action, or its failure thrown for react-query to hold. */
export function unwrap<T>(result: ActionResult<T>): T {
  if (result.ok) return result.data;
  throw new HubRequestError(result.formError, result.isRefused);
}

/** Said when the server's answer is not one of Easel's (a proxy's error page, a lost connection). */
const NO_ANSWER = "The Easel server did not answer.";

/**
 * Posts `body` as JSON to one of the hub's read routes (`HUB_READ_PATHS`) and returns its answer,
 * or throws its refusal. Never cached by the browser: an answer may hold what the hub holds.
 */
export async function postHubRead<T>(path: string, body: object): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      credentials: "same-origin",
    });
  } catch {
    throw new HubRequestError(NO_ANSWER);
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (response.ok && answer !== undefined) return answer as T;
  const refusal = answer as Partial<HubReadRefusal> | undefined;
  throw new HubRequestError(refusal?.problem ?? NO_ANSWER, refusal?.isRefused === true);
}
