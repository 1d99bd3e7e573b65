import type { z } from "zod";

import type { ImportedFile } from "@/lib/import/field-warnings";
import type { LineWarning } from "@/lib/import/line-warnings";
import type { ListAlignment } from "@/lib/import/list-alignment";
import type { ValuesReader } from "@/lib/import/values-reader";
import type { MapEntry } from "@/lib/schemas/sections/impersonation";
import type { BundledIngressNginxMode, TlsMode } from "@/lib/schemas/sections/ingress-model";
import type { ConfigOf } from "@/lib/schemas/targets";

import type { TargetId } from "./catalog";
import type { ChartSettings } from "./chart-commands";

/** Parts of the configuration form that only some targets show. */
export type FieldGroup =
  /** The install's domain, required. */
  | "domain"
  /** The appliance's root domain from Local UI: optional, shown for what it derives, never written. */
  | "rootDomain"
  | "auditLogging"
  /** The Prometheus URL and credentials (the spokes' agent settings show everywhere). */
  | "metricsEndpoint"
  | "hubApiServer"
  | "sessionSecret"
  | "gkeStaticIp"
  /** The ingress choices of a target without an install guide, with Easel's inferences. */
  | "ingress"
  | "dexClients"
  /** Mirrors Local UI's "Disable Static Dex Users" toggle. */
  | "staticUsersToggle"
  | "registry"
  /** Read-only rows for the fields the appliance installer overrides. */
  | "installerManaged"
  /** The chart versions install.sh pins (the appliance installs its charts itself). */
  | "chartVersions";

/** What every target installed with Helm from a values.yaml asks, the appliance aside. */
export const FULL_INSTALL_FIELD_GROUPS: readonly FieldGroup[] = [
  "domain",
  "auditLogging",
  "metricsEndpoint",
  "hubApiServer",
  "sessionSecret",
  "dexClients",
  "registry",
  "chartVersions",
];

/** A value Easel believes right for a target but found in no install guide. */
export type Inference<T> = { value: T; why: string };

/** What Easel infers for the ingress of a target whose install guide it does not have. */
export type IngressInferences = {
  className: Inference<string>;
  annotations: Inference<MapEntry[]>;
  tls: Inference<TlsMode>;
  bundledIngressNginx: Inference<BundledIngressNginxMode>;
  /** No value is documented for any target but GKE, so only the reason is shown. */
  kubernetesProvider: { why: string };
};

/** Words the form uses for one target. */
export type TargetCopy = {
  /** The form's accessible name. */
  formLabel: string;
  /** Under the page title: what the admin has to enter. */
  lead: string;
  /** What the Canvas section's ingress is, on this target. */
  canvas: string;
  /** Where to find the hub's API server URL, for targets that ask for it. */
  hubApiServer?: { hint: string; placeholder: string };
  /** What a dedicated spoke needs before it joins: the docs' page for it, by its title. */
  spokePermissions: string;
  /**
   * What the target's guide says about this hub as a spoke and dedicated spokes, the guide named
   * (`spoke-kinds.ts`).
   */
  spokeKinds: string;
};

/** What install.sh's commands are made from. */
export type InstallScriptParts = {
  install: ChartSettings;
  /**
   * Whether secrets.yaml holds a Secret; when it holds only PaletteAI's Namespace, which
   * `helm install --create-namespace` makes, nothing is applied.
   */
  hasSecrets: boolean;
};

/** What a target's downloads (install.sh, the bundle's README, the hub panel's commands) say. */
export type TargetDownloads<C> = {
  /** install.sh after its header: the commands, in the docs' order. */
  installScript(parts: InstallScriptParts): string[];
  /** The README's list of the credentials values.yaml holds. */
  valuesCredentials: string;
  /** The README's "Install": what `sh install.sh` does, and what is left to do by hand. */
  installStep: string;
  /** The README's "Create the DNS record", as paragraphs. */
  dnsStep(config: C): string[];
  /** The README's last part: how to change the configuration later, after "edit and download again". */
  later: { title: string; paragraphs(config: C): string[] };
  /**
   * What the admin runs once values.yaml is read back out of the hub's values Secret, when Easel
   * applied the Secrets to a hub without Flux.
   */
  finishCommands(install: ChartSettings): string[];
};

/**
 * Everything Easel knows about one install target, in its folder `lib/targets/<id>/`; adding a
 * target is the checklist in `lib/targets/README.md`. No code outside `lib/targets/` asks which
 * target it has: it asks the module. Methods, not function properties, so a module for one target
 * can stand where any target's module is expected.
 */
export type TargetModule<T extends TargetId = TargetId> = {
  id: T;
  schema: z.ZodType<ConfigOf<T>, ConfigOf<T>>;
  createDefaults(): ConfigOf<T>;
  /** The chart values, from a configuration that passed `schema`. */
  buildValues(config: ConfigOf<T>): object;
  /** The comment at the top of the file: what it is, and what to do with it. */
  fileHeader(config: ConfigOf<T>, generatedAt?: Date): string[];
  /**
   * Fills `config` (the target's defaults) from an imported values file, key by key as
   * `buildValues` writes them; says which of the file's list items the form shows.
   */
  readValues(values: ValuesReader, config: ConfigOf<T>): ListAlignment[];
  /** Warnings about an imported file's lines that only this target gives (beyond the import's own). */
  importWarnings(file: ImportedFile): LineWarning[];
  /** Whether Easel installs the charts (install.sh, Flux on a hub), or only writes their values. */
  installsCharts: boolean;
  downloads: TargetDownloads<ConfigOf<T>>;
  fieldGroups: ReadonlySet<FieldGroup>;
  copy: TargetCopy;
  /** Only for targets showing the `ingress` field group: what Easel infers for it. */
  ingressInferences?: IngressInferences;
};

/**
 * What the form needs of a target to show itself: its defaults, field groups and words, none of
 * its schema, values or import code, which load when first needed (`load-module.ts`).
 */
/** What values.yaml is written from: loaded without the schema, so a preview costs no checks. */
export type ValuesRenderer<T extends TargetId = TargetId> = Pick<
  TargetModule<T>,
  "buildValues" | "fileHeader"
>;

export type TargetForm<T extends TargetId = TargetId> = Pick<
  TargetModule<T>,
  "id" | "createDefaults" | "installsCharts" | "fieldGroups" | "copy" | "ingressInferences"
>;
