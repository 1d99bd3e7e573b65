import type { ConnectorField, ConnectorSettings } from "./types";

/** The OAuth client every redirect-based connector registers with its identity provider. */
export const CLIENT_FIELDS: readonly ConnectorField[] = [
  { key: "clientID", label: "Client ID", kind: "string", isRequired: true },
  { key: "clientSecret", label: "Client secret", kind: "secret", isRequired: true },
];

/** The value at a dotted key of a connector's settings. */
export function settingAt(config: ConnectorSettings, key: string): ConnectorSettings[string] {
  let node: ConnectorSettings[string] = config;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return node;
}

/** Whether a text setting holds something. */
export function isSet(config: ConnectorSettings, key: string): boolean {
  const value = settingAt(config, key);
  return typeof value === "string" ? value.trim() !== "" : value === true;
}
