import "server-only";

/** The one flag every bundle of the server shares: each action's bundle has its own modules. */
const LOCK_KEY = Symbol.for("easel.hub-operation-lock");

type LockHolder = { [LOCK_KEY]?: boolean };

/** Said to a second apply or Helm operation while one runs: it wrote nothing. */
export const HUB_OPERATION_BUSY =
  "Another apply or Helm operation is running on this Easel server; wait for it to finish, then plan again.";

/**
 * Takes the hub operation lock, or returns undefined when another operation holds it. The caller
 * must call the returned release however its work ends: a Helm run holds it in the background,
 * long after the action that started it has answered. The lock lives on `globalThis`, so it holds
 * across every action of one server process (not across replicas). The server talks to one hub
 * (its settings' kubeconfig), so one lock per server is one operation at a time per hub.
 */
export function acquireHubOperationLock(): (() => void) | undefined {
  const holder = globalThis as LockHolder;
  if (holder[LOCK_KEY]) return undefined;
  holder[LOCK_KEY] = true;
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    holder[LOCK_KEY] = false;
  };
}

/**
 * Runs `work` unless another hub operation of this server is running; then it says so and runs
 * nothing. The lock is released however `work` ends.
 */
export async function withHubOperationLock<T>(
  work: () => Promise<T>,
): Promise<{ isBusy: false; value: T } | { isBusy: true }> {
  const release = acquireHubOperationLock();
  if (!release) return { isBusy: true };
  try {
    return { isBusy: false, value: await work() };
  } finally {
    release();
  }
}
