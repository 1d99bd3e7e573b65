import "server-only";

import { hubPreflightInputSchema } from "@/lib/hub/hub-input";
import type { HubPreflightAnswer } from "@/lib/hub/hub-reads";
import { hubIdOf } from "@/lib/k8s/hub-id";
import { preflightReport } from "@/lib/k8s/preflight-report";

import { defineHubRoute } from "./hub-route";

/**
 * Checks the hub before anything is sent: reachability, version, identity, Flux, access per object,
 * says where this server may write and which Helm it runs; with the id of the hub connection it checked.
 */
export const preflightRoute = defineHubRoute(
  hubPreflightInputSchema,
  async (input, connection, settings): Promise<HubPreflightAnswer> => ({
    ...(await preflightReport(connection, input, settings)),
    hubId: hubIdOf(connection),
  }),
);
