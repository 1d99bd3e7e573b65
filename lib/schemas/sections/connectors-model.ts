// What the form needs of the connectors section, apart from its schema (`./connectors.ts`): a target's page
// loads these with the form, and zod only at the first check.

import { CONNECTOR_NAMES } from "@/lib/dex/connectors/names";

import type { Connector } from "./connectors";

/** Dex adds a connector of this id for local users, so no other connector may take it. */
export const LOCAL_CONNECTOR_ID = "local";

/** A new connector of `type`, with Dex's defaults left for Dex to apply. */
export function newConnector(type: Connector["type"], id: string): Connector {
  return { type, id, name: CONNECTOR_NAMES[type].defaultName, config: {}, serviceAccountKey: "" };
}
