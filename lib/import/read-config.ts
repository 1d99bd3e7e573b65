import { withoutSecrets } from "@/lib/schemas/secret-paths";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";

import type { ListAlignment } from "./list-alignment";
import { readCanvasCustomisation, readSessionSecret } from "./read-canvas";
import { readHubApiServer, readSpokes } from "./read-fleet";
import { readGlobal } from "./read-global";
import { readClientSecrets, readConnectors, readLocalUsers } from "./read-identity";
import { readRegistry } from "./read-registry";
import { ValuesReader, type ImportNote } from "./values-reader";

/** What the form took from an imported values file. */
export type ConfigReading<C extends TargetConfig = TargetConfig> = {
  config: C;
  /** Values the form could not take, each at its key path. */
  notes: ImportNote[];
  /** For each list the form edits, which of the file's items it shows. */
  alignments: ListAlignment[];
};

/** The lists every target edits: spokes, connectors and local users. */
export function readLists(values: ValuesReader, config: TargetConfig): ListAlignment[] {
  const { identity } = config;
  return [
    readSpokes(values, config.fleet.spokes),
    readConnectors(values, identity.connectors, config.global.domain),
    readLocalUsers(values, identity.localUsers),
  ].filter((alignment) => alignment !== undefined);
}

/** A configuration installed with Helm from its values.yaml: every target but the appliance. */
export type FullInstallConfig = Exclude<TargetConfig, ApplianceConfig>;

/**
 * The keys every full install writes, with the target's own Canvas Ingress keys read by
 * `readIngressKeys` where the ingress comes in the chart's order.
 */
export function readFullInstall(
  values: ValuesReader,
  config: FullInstallConfig,
  readIngressKeys: () => void,
): ListAlignment[] {
  readGlobal(values, config.global);
  readHubApiServer(values, config.fleet);
  readSessionSecret(values, config.canvas);
  readCanvasCustomisation(values, config.canvas);
  readIngressKeys();
  readClientSecrets(values, config.identity.clients);
  readRegistry(values, config.registry);
  return readLists(values, config);
}

/** What the import asks of a target: its defaults, and how its keys are read back into them. */
export type ReadableTarget<C extends TargetConfig> = {
  createDefaults(): C;
  readValues(values: ValuesReader, config: C): ListAlignment[];
};

/**
 * The form filled from an imported values tree: the target's defaults with every key Easel
 * understands taken from the file. Secrets the file does not hold start empty rather than
 * generated, so the form asks for them instead of claiming the file has them. Settings that are
 * not values (chart versions, integrations, uploaded files) keep the form's current ones.
 */
export function readConfig<C extends TargetConfig>(
  module: ReadableTarget<C>,
  values: unknown,
  current: C,
): ConfigReading<C> {
  const config = withoutSecrets(module.createDefaults());
  const kept = {
    // An import fills this configuration from a file: it stays the same configuration.
    configurationId: current.configurationId,
    install: current.install,
    integrations: current.integrations,
  };
  Object.assign(config, structuredClone(kept));
  const reader = new ValuesReader(values);
  const alignments = module.readValues(reader, config);
  return { config, notes: reader.notes, alignments };
}
