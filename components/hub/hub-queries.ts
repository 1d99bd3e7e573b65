import type { QueryClient } from "@tanstack/react-query";

import type { ActionResult } from "@/lib/actions/result";
import type { ObjectRef } from "@/lib/hub/object-ref";
import type { TargetId } from "@/lib/targets/catalog";

/**
 * Query keys, scoped so that one hub's answers never stand for another's: the status of this
 * browser session, then preflight per target and per set of objects.
 */
export const hubKeys = {
  all: ["hub"] as const,
  status: () => [...hubKeys.all, "status"] as const,
  preflight: (target: TargetId, refs: readonly ObjectRef[]) =>
    [...hubKeys.all, "preflight", target, refs] as const,
};

/** An action's failure as an Error for react-query, keeping the action's own sentence. */
export class HubActionError extends Error {
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
  if (error instanceof HubActionError && error.isRefused) {
    void queryClient.invalidateQueries({ queryKey: hubKeys.status() });
  }
}

/** The data of a successful action, or its failure thrown for react-query to hold. */
export function unwrap<T>(result: ActionResult<T>): T {
  if (result.ok) return result.data;
  throw new HubActionError(result.formError, result.isRefused);
}
