import "server-only";

/**
 * Why a hub operation did not run to its end: the browser session may not use the cluster
 * features (`access`: the page asks again what access needs), the request failed the shared schema
 * (`input`), or the server or the hub refused or failed it (`hub`).
 */
export type HubRefusalReason = "access" | "input" | "hub";

/**
 * A hub operation the server refused or could not finish, said as a sentence for the admin (it
 * never quotes a secret or a client's raw error). The orchestration throws it; the action or
 * route that called it shows the sentence, and nothing else a throw may carry.
 */
export class HubRefusal extends Error {
  constructor(
    message: string,
    readonly reason: HubRefusalReason = "hub",
  ) {
    super(message);
    this.name = "HubRefusal";
  }
}

/** Said when something unexpected stopped an operation: its own error may quote a secret. */
export const UNFINISHED_ON_HUB = "Easel could not finish this on the hub; try again.";

/** `error` as the refusal the admin reads: itself when it is one, else the safe sentence. */
export function refusalOf(error: unknown): HubRefusal {
  return error instanceof HubRefusal ? error : new HubRefusal(UNFINISHED_ON_HUB);
}
