import { valueLeaves } from "@/lib/paths/leaves";
import { formatPath } from "@/lib/paths/notation";
import { replaceSecrets } from "@/lib/schemas/secret-paths";
import type { ConfigOf } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import type { TargetModule } from "@/lib/targets/target-module";

/** What tells a credential in values.yaml apart from a setting that may be shown. */
export type SecretSense = {
  /** Chart paths (`canvas.oidc.sessionSecret`) where the configuration puts one of its secrets. */
  paths: ReadonlySet<string>;
  /** The configuration's secret values themselves: any value holding one is a credential too. */
  values: readonly string[];
};

export const NO_SECRET_SENSE: SecretSense = { paths: new Set(), values: [] };

/** Shorter secrets are matched by path and key name only: as text they would mark plain words. */
const MATCHED_SECRET_MIN = 8;

const MARKER = "easel-secret-marker-";

/**
 * Where a configuration's secrets land in values.yaml: each secret field (`SECRET_PATHS`) is
 * swapped for a marker, the values are built, and every chart path holding a marker is a
 * credential's path. The secret values themselves come along, so a value quoting one is
 * recognised wherever it sits.
 */
export function secretSenseOf<T extends TargetId>(
  module: TargetModule<T>,
  config: ConfigOf<T>,
): SecretSense {
  const values: string[] = [];
  let count = 0;
  const marked = replaceSecrets(config, (value) => {
    if (value === "") return value;
    if (value.length >= MATCHED_SECRET_MIN) values.push(value);
    count += 1;
    return `${MARKER}${count}`;
  });
  const paths = new Set<string>();
  try {
    for (const leaf of valueLeaves(module.buildValues(marked), [])) {
      const text = typeof leaf.value === "string" ? leaf.value : JSON.stringify(leaf.value);
      if (text?.includes(MARKER)) paths.add(formatPath(leaf.path));
    }
  } catch {
    // A builder that cannot take a marker leaves key names and hashes to tell credentials apart.
  }
  return { paths, values };
}
