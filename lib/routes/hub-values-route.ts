import "server-only";

import { z } from "zod";

import type { LoadedHubValues } from "@/lib/hub/hub-reads";
import { HubRefusal } from "@/lib/k8s/hub-refusal";
import { readHubValues } from "@/lib/k8s/read-hub-values";

import { defineHubRoute } from "./hub-route";

/**
 * values.yaml as Easel last applied it to the hub, for the form to import, with the id of the
 * configuration it came from for the form to adopt.
 */
export const hubValuesRoute = defineHubRoute(
  z.object({}),
  async (_input, connection): Promise<LoadedHubValues> => {
    const read = await readHubValues(connection);
    if ("error" in read) throw new HubRefusal(read.error.message);
    return read;
  },
);
