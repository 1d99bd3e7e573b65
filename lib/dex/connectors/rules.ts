import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";

import { envExpansionWarning } from "../env-expansion";
import { REDIRECT_URI_FIELD } from "./common";
import { connectorFieldProblem } from "./field-values";
import { CONNECTOR_SPECS, type ConnectorType } from "./index";
import type { ConnectorField, ConnectorProblem, ConnectorSettings } from "./types";

/** The settings a connector of `type` has: its type's fields, and the redirect URI if it needs one. */
function settingFields(type: ConnectorType): readonly ConnectorField[] {
  const spec = CONNECTOR_SPECS[type];
  return spec.hasRedirectURI ? [...spec.fields, REDIRECT_URI_FIELD] : spec.fields;
}

/**
 * What Dex refuses (or what fails every login) in one connector's settings, at each setting's
 * key: each value by its field's kind, settings Dex needs (with `isComplete`: the form's and the
 * CLI's check, not an imported file's, whose connectors may be partial), and the type's rules
 * across fields. The form, the CLI and imported files' warnings all come here.
 */
export function connectorProblems(
  type: ConnectorType,
  config: ConnectorSettings,
  options: { isComplete: boolean },
): ConnectorProblem[] {
  const problems: ConnectorProblem[] = [];
  for (const field of settingFields(type)) {
    const value = valueAtPath(config, parsePath(field.key));
    if (typeof value === "string" && value.trim() !== "") {
      const message = connectorFieldProblem(field, value);
      if (message) problems.push({ key: field.key, message });
    } else if (options.isComplete && field.isRequired && value !== true) {
      problems.push({ key: field.key, message: "Dex needs this setting." });
    }
  }
  return [...problems, ...(CONNECTOR_SPECS[type].check?.(config) ?? [])];
}

/**
 * What Dex takes but would not do as meant, at each setting's key: a `$` Dex expands (never
 * quoting a secret), and the type's own warnings. Shown beside the field and by the CLI.
 */
export function connectorWarnings(
  type: ConnectorType,
  config: ConnectorSettings,
): ConnectorProblem[] {
  const expansions = settingFields(type).flatMap((field) => {
    const value = valueAtPath(config, parsePath(field.key));
    const message =
      typeof value === "string" ? envExpansionWarning(value, field.kind === "secret") : undefined;
    return message ? [{ key: field.key, message }] : [];
  });
  return [...expansions, ...(CONNECTOR_SPECS[type].warn?.(config) ?? [])];
}
