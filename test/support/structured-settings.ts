import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import type { ConnectorField } from "@/lib/dex/connectors/types";
import type { TreePath } from "@/lib/paths/tree-path";
import type { TargetConfig } from "@/lib/schemas/targets";

import { ANY_ITEM } from "./document-shape";

/** Connector setting kinds whose own syntax (`key=value, …`, `org: team; …`) makes structure. */
const STRUCTURED_KINDS: ReadonlySet<ConnectorField["kind"]> = new Set(["map", "orgs"]);

export type StructuredSetting = {
  field: ConnectorField;
  /** Where values.yaml holds the setting. */
  valuesPath: (string | number)[];
  /** The same place as a shape path, which does not tell list items apart. */
  shapePath: string[];
};

/**
 * The connector setting at `path` in `config` when its kind is structured; undefined for any
 * other string. Within that setting's own key, and only there, the text legitimately decides
 * the structure: `a=b, c=d` writes two keys, `org: team` a `teams` list.
 */
export function structuredSettingAt(
  config: TargetConfig,
  path: TreePath,
): StructuredSetting | undefined {
  const [section, list, index, part, ...key] = path;
  if (section !== "identity" || list !== "connectors" || part !== "config") return undefined;
  const connector = typeof index === "number" ? config.identity.connectors[index] : undefined;
  const field = connector
    ? CONNECTOR_SPECS[connector.type].fields.find((candidate) => candidate.key === key.join("."))
    : undefined;
  if (!field || !STRUCTURED_KINDS.has(field.kind)) return undefined;
  const steps = key.map(String);
  return {
    field,
    valuesPath: ["dex", "config", "connectors", index as number, "config", ...steps],
    shapePath: ["dex", "config", "connectors", ANY_ITEM, "config", ...steps],
  };
}
