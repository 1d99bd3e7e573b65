import { HubRefusal } from "@/lib/k8s/hub-refusal";

/** A hub operation's outcome as the tests compare it: its report, or the refusal's sentence. */
export type HubOutcome<T> = { ok: true; data: T } | { ok: false; formError: string };

/**
 * Runs `operation` and says how it ended, as the hub panel would show it; anything but a
 * `HubRefusal` is a bug of the test or the code and is thrown on.
 */
export async function outcomeOf<T>(operation: Promise<T>): Promise<HubOutcome<T>> {
  try {
    return { ok: true, data: await operation };
  } catch (error) {
    if (error instanceof HubRefusal) return { ok: false, formError: error.message };
    throw error;
  }
}
