"use server";

import { z } from "zod";

import { isSameSecret, refusalMessage } from "@/lib/server/access";
import { openHubSession, requestClient, requestHubAccess } from "@/lib/server/request-access";
import { serverSettings } from "@/lib/server/settings";
import { tokenAttempts } from "@/lib/server/token-attempts";

import type { ActionResult } from "./result";

const connectInputSchema = z.object({ accessToken: z.string().max(4096) });

/** Checks the operator's access token and, when it matches, opens this browser session's access. */
export async function connectHubAction(input: {
  accessToken: string;
}): Promise<ActionResult<null>> {
  const settings = serverSettings();
  const parsed = connectInputSchema.safeParse(input);
  const access = await requestHubAccess(settings);
  if (access.status === "allowed") return { ok: true, data: null };
  if (access.status !== "token-required") {
    return { ok: false, formError: refusalMessage(access), isRefused: true };
  }
  // Counted per client: one that keeps guessing waits longer each time, others never wait for it.
  const client = await requestClient(settings);
  const pausedFor = tokenAttempts.pausedFor(client);
  if (pausedFor > 0) {
    return {
      ok: false,
      formError: `Too many wrong access tokens from this address: Easel checks a token from it again in ${Math.ceil(pausedFor / 1000)} s.`,
      isRefused: true,
    };
  }
  if (!parsed.success || !isSameSecret(parsed.data.accessToken, settings.accessToken ?? "")) {
    tokenAttempts.recordWrong(client);
    return {
      ok: false,
      formError: "That is not this Easel server's access token.",
      isRefused: true,
    };
  }
  tokenAttempts.recordRight(client);
  await openHubSession(parsed.data.accessToken);
  return { ok: true, data: null };
}
