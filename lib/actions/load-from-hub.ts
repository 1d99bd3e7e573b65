"use server";

import { z } from "zod";

import { readHubValues } from "@/lib/k8s/read-hub-values";

import { defineHubAction } from "./hub-action";
import type { ActionResult } from "./result";

const load = defineHubAction(z.object({}), async (_input, connection) => {
  const read = await readHubValues(connection);
  return "text" in read ? { ok: true, data: read } : { ok: false, formError: read.error.message };
});

/**
 * values.yaml as Easel last applied it to the hub, for the form to import, with the id of the
 * configuration it came from for the form to adopt.
 */
export async function loadFromHubAction(): Promise<
  ActionResult<{ text: string; configurationId?: string }>
> {
  return load({});
}
