import type { DexConnectorValues } from "@/lib/chart/values";
import { settingAt } from "@/lib/dex/connectors/common";
import { connectorValue } from "@/lib/dex/connectors/field-values";
import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import type { Connector } from "@/lib/schemas/sections/connectors";

import { domainUrls } from "./domain-urls";

type Tree = Record<string, unknown>;

/** Sets `value` at a dotted key, making lists where the next part is a number (`matchers.0.x`). */
function setAt(tree: Tree, key: string, value: unknown): void {
  const parts = key.split(".");
  let node: Tree = tree;
  parts.slice(0, -1).forEach((part, index) => {
    const isNextIndex = /^\d+$/.test(parts[index + 1] ?? "");
    node[part] ??= isNextIndex ? [] : {};
    node = node[part] as Tree;
  });
  node[parts[parts.length - 1] as string] = value;
}

/** The redirect URI Dex gives its identity provider: typed, or derived from the domain. */
export function connectorRedirectUri(connector: Connector, domain: string): string {
  const typed = settingAt(connector.config, "redirectURI");
  return typeof typed === "string" && typed.trim() !== ""
    ? typed.trim()
    : domainUrls(domain).dexCallback;
}

/**
 * One `dex.config.connectors[]` entry with only the keys the admin set, in the order Dex's docs
 * list them; Dex applies its own defaults to the rest. The redirect URI follows the client
 * secret, as in the PaletteAI docs' examples.
 */
export function buildConnectorValues(connector: Connector, domain: string): DexConnectorValues {
  const spec = CONNECTOR_SPECS[connector.type];
  const config: Tree = {};
  const redirectAfter = spec.fields.some((field) => field.key === "clientSecret")
    ? "clientSecret"
    : spec.fields[0]?.key;
  for (const field of spec.fields) {
    const value = connectorValue(field, settingAt(connector.config, field.key));
    if (value !== undefined) setAt(config, field.key, value);
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
      settingAt(connector.config, "serviceAccountFilePath") === GOOGLE_SERVICE_ACCOUNT_PATH,
  );
}
