import "server-only";

import type { z } from "zod";

import { connectHub, type HubConnection } from "@/lib/k8s/client";
import { refusalMessage } from "@/lib/server/access";
import { requestHubAccess } from "@/lib/server/request-access";
import { serverSettings } from "@/lib/server/settings";

import type { ActionResult } from "./result";

/**
 * Every cluster action in the same order: authorize the browser session, validate the input with
 * the shared schema, connect with the server's own kubeconfig, then work. Failures come back as
 * sentences; an unexpected error is neither logged nor passed on, since it may quote a secret.
 */
export function defineHubAction<S extends z.ZodType, T>(
  schema: S,
  work: (input: z.infer<S>, connection: HubConnection) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const settings = serverSettings();
    const access = await requestHubAccess(settings);
    if (access.status !== "allowed") {
      return { ok: false, formError: refusalMessage(access), isRefused: true };
    }
    const parsed = await schema.safeParseAsync(input);
    if (!parsed.success) {
      // The form checks the same schema first, so this names the one field a request got wrong.
      const [issue] = parsed.error.issues;
      const at = issue?.path.join(".");
      return {
        ok: false,
        formError: `The server refused the configuration: ${at ? `${at}: ` : ""}${issue?.message ?? "invalid"}`,
      };
    }
    const connected = connectHub(settings);
    if ("problem" in connected) return { ok: false, formError: connected.problem };
    try {
      return await work(parsed.data, connected.connection);
    } catch {
      return { ok: false, formError: "Easel could not finish this on the hub; try again." };
    }
  };
}
