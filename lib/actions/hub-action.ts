import "server-only";

import type { z } from "zod";

import type { HubConnection } from "@/lib/k8s/client";
import { runHubOperation } from "@/lib/k8s/hub-operation";
import { refusalOf } from "@/lib/k8s/hub-refusal";
import { requestHubAccess } from "@/lib/server/request-access";
import { serverSettings, type ServerSettings } from "@/lib/server/settings";

import type { ActionResult } from "./result";

/** A failed operation as an action's result: its sentence, and whether access was refused. */
export function failedResult(error: unknown): ActionResult<never> {
  const refusal = refusalOf(error);
  return {
    ok: false,
    formError: refusal.message,
    ...(refusal.reason === "access" ? { isRefused: true } : {}),
  };
}

/**
 * Every cluster action in the same order (see `runHubOperation`): authorize the browser session,
 * validate the input with the shared schema, connect with the server's own kubeconfig, then work.
 * Failures come back as sentences, the only place they become an `ActionResult`.
 */
export function defineHubAction<S extends z.ZodType, T>(
  schema: S,
  work: (input: z.infer<S>, connection: HubConnection, settings: ServerSettings) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const settings = serverSettings();
    try {
      const access = await requestHubAccess(settings);
      const data = await runHubOperation(settings, access, schema, input, (parsed, connection) =>
        work(parsed, connection, settings),
      );
      return { ok: true, data };
    } catch (error) {
      return failedResult(error);
    }
  };
}
