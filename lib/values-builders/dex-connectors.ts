import type { DexConnectorValues } from "@/lib/chart/values-shape";
import { isSet } from "@/lib/dex/connectors/common";
import { connectorValue } from "@/lib/dex/connectors/field-values";
import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import { parsePath } from "@/lib/paths/notation";
import { setAtPath, valueAtPath } from "@/lib/paths/read-write";
import type { Connector } from "@/lib/schemas/sections/connectors";

import { domainUrls } from "./domain-urls";

/** The redirect URI Dex gives its identity provider: typed, or derived from the domain. */
export function connectorRedirectUri(connector: Connector, domain: string): string {
  return isSet(connector.config, "redirectURI")
    ? String(valueAtPath(connector.config, ["redirectURI"])).trim()
    : domainUrls(domain).dexCallback;
}

/**
 * One `dex.config.connectors[]` entry with only the keys the admin set, in the order Dex's docs
 * list them; Dex applies its own defaults to the rest. The redirect URI follows the client
 * secret, as in the PaletteAI docs' examples.
 */
export function buildConnectorValues(connector: Connector, domain: string): DexConnectorValues {
  const spec = CONNECTOR_SPECS[connector.type];
  const config: Record<string, unknown> = {};
  const redirectAfter = spec.fields.some((field) => field.key === "clientSecret")
    ? "clientSecret"
    : spec.fields[0]?.key;
  for (const field of spec.fields) {
    const value = connectorValue(field, valueAtPath(connector.config, parsePath(field.key)));
    if (value !== undefined) setAtPath(config, parsePath(field.key), value);
    if (spec.hasRedirectURI && field.key === redirectAfter) {
      config.redirectURI = connectorRedirectUri(connector, domain);
    }
  }
  return { type: connector.type, id: connector.id, name: connector.name.trim(), config };
}

/** Whether a Google connector reads groups with the mounted service-account key. */
export function usesGoogleServiceAccount(connectors: readonly Connector[]): boolean {
  return connectors.some(
    (connector) =>
      connector.type === "google" &&
      valueAtPath(connector.config, ["serviceAccountFilePath"]) === GOOGLE_SERVICE_ACCOUNT_PATH,
  );
}
