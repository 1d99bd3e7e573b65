import { parsePath } from "@/lib/paths/notation";
import { setAtPath, valueAtPath } from "@/lib/paths/read-write";
import { isMapping, type Tree } from "@/lib/tree/tree";

import { CONNECTOR_SPECS, type ConnectorType } from "./index";
import type { ConnectorField, ConnectorSettings } from "./types";

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** GitHub's `orgs` list as the form's `org: team, team; other-org`. */
function orgsText(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const orgs = value.map((org) => {
    if (!isMapping(org) || typeof org.name !== "string") return undefined;
    if (org.teams === undefined) return org.name;
    return isTextList(org.teams) ? `${org.name}: ${org.teams.join(", ")}` : undefined;
  });
  return orgs.every((org) => org !== undefined) ? orgs.join("; ") : undefined;
}

/**
 * A Dex value as the form's text or checkbox: the inverse of `connectorValue`; undefined when
 * the form cannot hold it (a list where Dex reads text, say).
 */
export function formValue(field: ConnectorField, value: unknown): string | boolean | undefined {
  switch (field.kind) {
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "optionalBoolean":
      return typeof value === "boolean" ? String(value) : undefined;
    case "list":
      return isTextList(value) ? value.join(", ") : undefined;
    case "map":
      return isMapping(value) && Object.values(value).every((item) => typeof item === "string")
        ? Object.entries(value)
            .map(([key, item]) => `${key}=${String(item)}`)
            .join(", ")
        : undefined;
    case "orgs":
      return orgsText(value);
    default:
      return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  }
}

/**
 * The key a file gives a field under: the field's own, or, where the file lacks it, the older
 * name Dex still reads in its place (`formerKeys`) when the file has that one.
 */
export function keyGiven(
  type: ConnectorType,
  fieldKey: string,
  isInFile: (key: string) => boolean,
): string {
  if (isInFile(fieldKey)) return fieldKey;
  const former = CONNECTOR_SPECS[type].formerKeys?.find((key) => key.to === fieldKey)?.from;
  return former !== undefined && isInFile(former) ? former : fieldKey;
}

/**
 * A connector `config` as Dex reads it (from a values file), as the form's settings: each field
 * the form offers, where the form can hold its value. Nothing else is kept.
 */
export function settingsFromDex(type: ConnectorType, config: unknown): ConnectorSettings {
  const settings: Tree = {};
  for (const field of CONNECTOR_SPECS[type].fields) {
    const key = keyGiven(
      type,
      field.key,
      (candidate) => valueAtPath(config, parsePath(candidate)) !== undefined,
    );
    const value = formValue(field, valueAtPath(config, parsePath(key)));
    if (value !== undefined) setAtPath(settings, parsePath(field.key), value);
  }
  const redirectURI = isMapping(config) ? config.redirectURI : undefined;
  if (typeof redirectURI === "string") settings.redirectURI = redirectURI;
  return settings as ConnectorSettings;
}
