import { withoutSecrets } from "@/lib/schemas/secret-paths";
import type { ConfigOf, TargetConfig } from "@/lib/schemas/targets";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";
import type { IngressTargetConfig } from "@/lib/schemas/targets/ingress-target";
import type { TargetId } from "@/lib/targets/catalog";
import type { TargetModule } from "@/lib/targets/target-module";

import type { ListAlignment } from "./list-alignment";
import { readCanvasCustomisation, readSessionSecret } from "./read-canvas";
import { readHubApiServer, readSpokes } from "./read-fleet";
import { readGlobal, readMetricsAgent } from "./read-global";
import { readClientSecrets, readConnectors, readLocalUsers } from "./read-identity";
import { readIngress, readStaticIpName } from "./read-ingress";
import { readRegistry } from "./read-registry";
import { ValuesReader, type ImportNote } from "./values-reader";

/** What the form took from an imported values file. */
export type ConfigReading<T extends TargetId = TargetId> = {
  config: ConfigOf<T>;
  /** Values the form could not take, each at its key path. */
  notes: ImportNote[];
  /** For each list the form edits, which of the file's items it shows. */
  alignments: ListAlignment[];
};

/** The lists every target edits: spokes, connectors and local users. */
function readLists(values: ValuesReader, config: TargetConfig): ListAlignment[] {
  const { identity } = config;
  return [
    readSpokes(values, config.fleet.spokes),
    readConnectors(values, identity.connectors, config.global.domain),
    readLocalUsers(values, identity.localUsers),
  ].filter((alignment) => alignment !== undefined);
}

function readAppliance(values: ValuesReader, config: ApplianceConfig): ListAlignment[] {
  readMetricsAgent(values, config.global.metrics);
  readCanvasCustomisation(values, config.canvas);
  return readLists(values, config);
}

function readFullInstall(
  values: ValuesReader,
  config: Exclude<TargetConfig, ApplianceConfig>,
): ListAlignment[] {
  readGlobal(values, config.global);
  readHubApiServer(values, config.fleet);
  readSessionSecret(values, config.canvas);
  readCanvasCustomisation(values, config.canvas);
  if (config.target === "gke") readStaticIpName(values, config.canvas);
  else readIngress(values, (config as IngressTargetConfig).ingress);
  readClientSecrets(values, config.identity.clients);
  readRegistry(values, config.registry);
  return readLists(values, config);
}

/**
 * The form filled from an imported values tree: the target's defaults with every key Easel
 * understands taken from the file. Secrets the file does not hold start empty rather than
 * generated, so the form asks for them instead of claiming the file has them. Settings that are
 * not values (chart versions, integrations, uploaded files) keep the form's current ones.
 */
export function readConfig<T extends TargetId>(
  module: TargetModule<T>,
  values: unknown,
  current: ConfigOf<T>,
): ConfigReading<T> {
  const config = withoutSecrets(module.createDefaults());
  const kept = {
    // An import fills this configuration from a file: it stays the same configuration.
    configurationId: current.configurationId,
    install: current.install,
    integrations: current.integrations,
  };
  Object.assign(config, structuredClone(kept));
  const reader = new ValuesReader(values);
  const filled: TargetConfig = config;
  const alignments =
    filled.target === "appliance" ? readAppliance(reader, filled) : readFullInstall(reader, filled);
  return { config, notes: reader.notes, alignments };
}
