import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";

import type { ConnectorField, ConnectorSettings } from "./types";

/** The OAuth client every redirect-based connector registers with its identity provider. */
export const CLIENT_FIELDS: readonly ConnectorField[] = [
  { key: "clientID", label: "Client ID", kind: "string", isRequired: true },
  { key: "clientSecret", label: "Client secret", kind: "secret", isRequired: true },
];

/**
 * The redirect URI of connectors with `hasRedirectURI`. Not in a type's `fields`: Easel derives it
 * from the domain unless the admin types another.
 */
export const REDIRECT_URI_FIELD: ConnectorField = {
  key: "redirectURI",
  label: "Redirect URI",
  kind: "url",
};

/** Whether a setting holds something: non-blank text, or a ticked box. */
export function isSet(config: ConnectorSettings, key: string): boolean {
  const value = valueAtPath(config, parsePath(key));
  return typeof value === "string" ? value.trim() !== "" : value === true;
}
