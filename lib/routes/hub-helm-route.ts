import "server-only";

import { z } from "zod";

import { hubHelmState } from "@/lib/k8s/hub-helm-state";

import { defineHubRoute } from "./hub-route";

/**
 * Helm's releases on the hub, their history and the latest Helm operation, polled by the page
 * while one runs (so a reload finds it), checked as every hub read is.
 */
export const hubHelmRoute = defineHubRoute(z.object({}), (_input, connection, settings) =>
  hubHelmState(connection, settings),
);
