import { isGoStdBase64 } from "../go-base64";
import type { ConnectorField } from "./types";

/** An optional boolean's form text, as Dex reads it. */
const OPTIONAL_BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["false", false],
]);

/** The items of comma-separated text, trimmed, empty ones dropped. */
export function parseList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** `key=value` pairs separated by commas; undefined when one has no `=` or an empty side. */
export function parseMap(text: string): Record<string, string> | undefined {
  const entries = parseList(text).map((pair) => {
    const at = pair.indexOf("=");
    return at === -1 ? undefined : ([pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const);
  });
  if (entries.some((entry) => !entry || entry[0] === "" || entry[1] === "")) return undefined;
  return Object.fromEntries(entries as (readonly [string, string])[]);
}

export type GithubOrg = { name: string; teams?: string[] };

/** GitHub's `org: team, team; other-org`, as Dex's `orgs` list. */
export function parseOrgs(text: string): GithubOrg[] {
  return text
    .split(";")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const at = entry.indexOf(":");
      if (at === -1) return { name: entry };
      const teams = parseList(entry.slice(at + 1));
      return { name: entry.slice(0, at).trim(), ...(teams.length > 0 ? { teams } : {}) };
    });
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** Why a typed value cannot stand in this field, or undefined. Empty values are not judged here. */
export function connectorFieldProblem(field: ConnectorField, value: string): string | undefined {
  // Go's base64 skips line breaks, so a wrapped bundle is fine there.
  if (/[\r\n]/.test(value) && field.kind !== "base64") return "Use a single line.";
  switch (field.kind) {
    case "base64":
      return isGoStdBase64(value.trim())
        ? undefined
        : "Dex cannot decode this as base64, and then refuses its whole configuration and does not start: paste the output of base64 (A–Z, a–z, 0–9, + and /, = padding to a multiple of 4; no spaces).";
    case "optionalBoolean":
      return OPTIONAL_BOOLEANS.has(value.trim()) ? undefined : "Choose true or false.";
    case "url":
      return isHttpUrl(value.trim())
        ? undefined
        : "Enter a full URL, such as https://idp.example.com.";
    case "map":
      return parseMap(value) ? undefined : "Write key=value pairs separated by commas.";
    case "enum":
      return field.options?.includes(value)
        ? undefined
        : (field.invalidChoice ?? `Choose one of ${field.options?.join(", ")}.`);
    case "orgs":
      return parseOrgs(value).every((org) => org.name !== "")
        ? undefined
        : "Write org: team, team; other-org (an org name before each colon).";
    default:
      return undefined;
  }
}

/** A form value as Dex reads it: lists and maps parsed, text trimmed; undefined when empty. */
export function connectorValue(field: ConnectorField, value: unknown): unknown {
  if (field.kind === "boolean") return value === true ? true : undefined;
  if (field.kind === "optionalBoolean" && typeof value === "boolean") return value;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  switch (field.kind) {
    case "list":
      return parseList(value);
    case "map":
      return parseMap(value);
    case "orgs":
      return parseOrgs(value);
    case "secret":
      return value;
    case "optionalBoolean":
      // Anything else stays text (the schema refuses it), so the file keeps the key's place.
      return OPTIONAL_BOOLEANS.get(value.trim()) ?? value.trim();
    default:
      return value.trim();
  }
}
