// What the bench started must stop with it, however it ends: a failed suite, an exception or
// Ctrl-C. Servers run in process groups of their own (so a build they start stops with them), which
// a Ctrl-C in the terminal does not reach: the bench stops them itself.

type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
const STOP_GRACE_MS = 3_000;

/** Runs `cleanup` when the bench ends, unless the returned function is called first. */
export function onBenchEnd(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs every pending cleanup once, all together; one that fails does not keep the others. */
export async function runCleanups(): Promise<void> {
  const pending = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(pending.map((cleanup) => cleanup()));
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the process group `pgid` (a detached child's pid): SIGTERM, then SIGKILL for whatever is
 * still there after a grace period, so a server busy building cannot outlive the bench.
 */
export async function stopProcessGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, "SIGTERM");
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groupAlive(pgid) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pgid)) process.kill(-pgid, "SIGKILL");
}

/** On Ctrl-C or a kill, stop what the bench started before exiting (128 + the signal's number). */
export function cleanUpOnSignals(): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      console.error(`Bench stopped by ${signal}; stopping what it started.`);
      void runCleanups().finally(() => process.exit(code));
    });
  }
}
