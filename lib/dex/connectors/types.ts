import type { ConnectorNames } from "./names";

/**
 * How Easel describes one Dex connector type: the `config` keys Dex reads for it (from Dex's own
 * connector code, v2.45.1), which of them a working connector needs, and Dex's defaults.
 */

/**
 * How a field is entered and written: text as a string; a secret likewise, masked; a URL checked
 * as one; a boolean as a checkbox; a list as comma-separated text written as a YAML list; a map as
 * `key=value` pairs separated by commas; an enum as one of `options`; GitHub's `orgs` as
 * `org: team, team; org`; base64 as text Go's standard base64 decodes (a `[]byte` in Dex); an
 * optional boolean (a `*bool` in Dex) as "", "true" or "false", written as a YAML boolean.
 */
export type ConnectorFieldKind =
  | "string"
  | "secret"
  | "url"
  | "boolean"
  | "list"
  | "map"
  | "enum"
  | "orgs"
  | "base64"
  | "optionalBoolean";

export type ConnectorField = {
  /** The key in the connector's `config`, dotted where Dex nests it (`userSearch.baseDN`). */
  key: string;
  label: string;
  kind: ConnectorFieldKind;
  /** Dex needs it to work: checked in its code, or every login fails without it. */
  isRequired?: boolean;
  /** Dex's default, shown while the field is empty; an empty field writes nothing. */
  dexDefault?: string;
  options?: readonly string[];
  /** What an enum says of a value not among its options, where listing them all would be long. */
  invalidChoice?: string;
  hint?: string;
  /** Shown under "More settings", folded away by default. */
  isAdvanced?: boolean;
  /** Set by Easel from another input (an upload), shown but not typed. */
  isReadOnly?: boolean;
};

/** A problem one connector's settings have together, reported at `key`. */
export type ConnectorProblem = { key: string; message: string };

export type ConnectorTypeSpec = ConnectorNames & {
  /** Whether Dex needs `redirectURI`, which Easel derives as `https://<domain>/dex/callback`. */
  hasRedirectURI: boolean;
  fields: readonly ConnectorField[];
  /** Rules that span fields, from Dex's code: what Dex refuses, or what makes every login fail. */
  check?: (config: ConnectorSettings) => ConnectorProblem[];
  /** Settings Dex takes but that rarely do what the admin meant: warnings, not errors. */
  warn?: (config: ConnectorSettings) => ConnectorProblem[];
  /**
   * Keys Dex still reads under an older name (`from`), read into the form's key (`to`) when the
   * file does not set that one, as Dex itself falls back to them.
   */
  formerKeys?: readonly { from: string; to: string }[];
};

/** A connector's `config` as the form holds it: text and checkboxes, nested as Dex nests keys. */
export type ConnectorSettings = { [key: string]: string | boolean | ConnectorSettings | undefined };
