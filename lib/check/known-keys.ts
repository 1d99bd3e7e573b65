import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import { CONNECTOR_TYPES } from "@/lib/dex/connectors/names";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";

import { DOCUMENTED_KEYS } from "./documented-keys";
import { addDocumentedKey, addValueKeys, emptyTree, type KeyTree } from "./key-tree";

const CONNECTOR_CONFIG = "dex.config.connectors[i].config";

/** Every connector type's settings, as Dex names them; a map's keys are the admin's. */
function addConnectorSettings(tree: KeyTree): void {
  for (const type of CONNECTOR_TYPES) {
    for (const field of CONNECTOR_SPECS[type].fields) {
      const key = `${CONNECTOR_CONFIG}.${field.key}`;
      addDocumentedKey(tree, field.kind === "map" ? `${key}.*` : key);
    }
  }
}

/** What every target writes for its defaults with a dedicated spoke and every connector type. */
function addTargetOutputs(tree: KeyTree): void {
  for (const id of TARGET_IDS) {
    const targetMod = targetModule(id);
    const config = targetMod.createDefaults();
    config.fleet.spokes.push(newSpoke("spoke-1", "dedicated"));
    config.identity.connectors = CONNECTOR_TYPES.map((type) => newConnector(type, type));
    addValueKeys(tree, targetMod.buildValues(config as never));
  }
}

function easelKeys(): KeyTree {
  const tree = emptyTree();
  for (const key of DOCUMENTED_KEYS) addDocumentedKey(tree, key);
  addConnectorSettings(tree);
  addTargetOutputs(tree);
  return tree;
}

let known: KeyTree | undefined;

/**
 * The chart keys Easel knows: those the docs name, those Easel writes for any target, and each
 * Dex connector type's settings. Built once, on first use.
 */
export function knownKeys(): KeyTree {
  known ??= easelKeys();
  return known;
}

/** The keys Easel knows and every key of the chart's own default values (`chartValues`). */
export function knownKeysWithChart(chartValues: unknown): KeyTree {
  const tree = easelKeys();
  addValueKeys(tree, chartValues);
  return tree;
}
