import "server-only";

/** The one flag every bundle of the server shares: each action's bundle has its own modules. */
const LOCK_KEY = Symbol.for("easel.hub-operation-lock");

type LockHolder = { [LOCK_KEY]?: boolean };

/** Said to a second apply while one runs: it wrote nothing. */
export const HUB_OPERATION_BUSY =
  "Another apply is running on this Easel server; wait for it to finish, then plan again.";

/**
 * Runs `work` unless another hub operation of this server is running; then it says so and runs
 * nothing. The lock lives on `globalThis`, so it holds across every action of one server process
 * (not across replicas), and it is released however `work` ends.
 */
export async function withHubOperationLock<T>(
  work: () => Promise<T>,
): Promise<{ isBusy: false; value: T } | { isBusy: true }> {
  const holder = globalThis as LockHolder;
  if (holder[LOCK_KEY]) return { isBusy: true };
  holder[LOCK_KEY] = true;
  try {
    return { isBusy: false, value: await work() };
  } finally {
    holder[LOCK_KEY] = false;
  }
}
