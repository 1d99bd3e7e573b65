import "server-only";

import type { z } from "zod";

import { refusalMessage, type HubAccess } from "@/lib/server/access";
import type { ServerSettings } from "@/lib/server/settings";

import { connectHub, type HubConnection } from "./client";
import { HubRefusal, refusalOf } from "./hub-refusal";

/** The sentence for input that failed the shared schema: the one field a request got wrong. */
export function inputProblem(error: z.ZodError): string {
  const [issue] = error.issues;
  const at = issue?.path.join(".");
  return `The server refused the configuration: ${at ? `${at}: ` : ""}${issue?.message ?? "invalid"}`;
}

/**
 * Every cluster operation in the same order, for actions and routes alike: the browser session's
 * `access` (already decided from its request), the input validated with the shared schema, a
 * connection made with the server's own kubeconfig, then `work`. Every failure is thrown as a
 * `HubRefusal`; an unexpected error is neither logged nor passed on, since it may quote a secret.
 */
export async function runHubOperation<S extends z.ZodType, T>(
  settings: ServerSettings,
  access: HubAccess,
  schema: S,
  input: unknown,
  work: (input: z.infer<S>, connection: HubConnection) => Promise<T>,
): Promise<T> {
  if (access.status !== "allowed") throw new HubRefusal(refusalMessage(access), "access");
  // The form checks the same schema first, so a failure here is a request made by hand.
  const parsed = await schema.safeParseAsync(input);
  if (!parsed.success) throw new HubRefusal(inputProblem(parsed.error), "input");
  const connected = connectHub(settings);
  if ("problem" in connected) throw new HubRefusal(connected.problem);
  try {
    return await work(parsed.data, connected.connection);
  } catch (error) {
    throw refusalOf(error);
  }
}
