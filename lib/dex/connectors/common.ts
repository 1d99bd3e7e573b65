import { valueAt } from "@/lib/forms/dotted-path";

import type { ConnectorField, ConnectorSettings } from "./types";

/** The OAuth client every redirect-based connector registers with its identity provider. */
export const CLIENT_FIELDS: readonly ConnectorField[] = [
  { key: "clientID", label: "Client ID", kind: "string", isRequired: true },
  { key: "clientSecret", label: "Client secret", kind: "secret", isRequired: true },
];

/** Whether a setting holds something: non-blank text, or a ticked box. */
export function isSet(config: ConnectorSettings, key: string): boolean {
  const value = valueAt(config, key);
  return typeof value === "string" ? value.trim() !== "" : value === true;
}
