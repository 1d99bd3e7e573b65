import "server-only";

import { z } from "zod";

import type { LoadedHubValues } from "@/lib/hub/hub-reads";
import { HubRefusal } from "@/lib/k8s/hub-refusal";
import { loadHubValues } from "@/lib/k8s/load-hub-values";

import { defineHubRoute } from "./hub-route";

/**
 * values.yaml for the form to import: the Helm release's own values, or as Easel last applied
 * them to the hub (see `loadHubValues`), with the id of the configuration it came from for the
 * form to adopt.
 */
export const hubValuesRoute = defineHubRoute(
  z.object({}),
  async (_input, connection, settings): Promise<LoadedHubValues> => {
    const read = await loadHubValues(connection, settings);
    if ("error" in read) throw new HubRefusal(read.error.message);
    return read;
  },
);
