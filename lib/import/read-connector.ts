import { formValue, keyGiven } from "@/lib/dex/connectors/form-values";
import { CONNECTOR_SPECS, CONNECTOR_TYPES, type ConnectorType } from "@/lib/dex/connectors/index";
import type { ConnectorField, ConnectorSettings } from "@/lib/dex/connectors/types";
import { parsePath } from "@/lib/paths/notation";
import { setAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import type { Connector } from "@/lib/schemas/sections/connectors";
import type { Tree } from "@/lib/tree/tree";
import { domainUrls } from "@/lib/values-builders/domain-urls";

import type { ValuesReader } from "./values-reader";

function isConnectorType(type: unknown): type is ConnectorType {
  return (CONNECTOR_TYPES as readonly unknown[]).includes(type);
}

/** What a field of each kind holds in a values file, where not text. */
const KIND_WORDS: Partial<Record<ConnectorField["kind"], string>> = {
  boolean: "true or false",
  optionalBoolean: "true or false",
  list: "a list",
  orgs: "a list",
  map: "a map",
};

function readSettings(
  values: ValuesReader,
  at: TreePath,
  type: ConnectorType,
  domain: string,
): ConnectorSettings {
  const spec = CONNECTOR_SPECS[type];
  const config = values.mapping([...at, "config"]) ?? {};
  const settings: Tree = {};
  // Dotted keys index lists by number (`groupSearch.userMatchers.0.userAttr`).
  const isInFile = (key: string) => values.at([...at, "config", ...parsePath(key)]) !== undefined;
  for (const field of spec.fields) {
    const keys = parsePath(keyGiven(type, field.key, isInFile));
    const raw = values.at([...at, "config", ...keys]);
    if (raw === undefined || raw === null) continue;
    const value = formValue(field, raw);
    if (value === undefined) {
      values.skip(
        [...at, "config", ...keys],
        `Dex reads ${field.label} as ${KIND_WORDS[field.kind] ?? "text"}; the form leaves this value out and Easel keeps it in the file.`,
      );
      continue;
    }
    setAtPath(settings, parsePath(field.key), value);
  }
  const redirectURI = config.redirectURI;
  // The URI derived from the domain reads as derived, so it follows a change of domain.
  if (
    spec.hasRedirectURI &&
    typeof redirectURI === "string" &&
    redirectURI !== domainUrls(domain).dexCallback
  ) {
    settings.redirectURI = redirectURI;
  }
  return settings as ConnectorSettings;
}

/** One `dex.config.connectors[]` entry, or undefined (with a note) when the form cannot show it. */
export function readConnector(
  values: ValuesReader,
  at: TreePath,
  domain: string,
): Connector | undefined {
  const type = values.at([...at, "type"]);
  if (!isConnectorType(type)) {
    values.skip(
      at,
      `Easel's form does not configure ${typeof type === "string" ? `"${type}"` : "this"} connector; it stays in the file as it is.`,
    );
    return undefined;
  }
  return {
    type,
    id: values.text([...at, "id"]) ?? "",
    name: values.text([...at, "name"]) ?? "",
    config: readSettings(values, at, type, domain),
    serviceAccountKey: "",
  };
}
