import type { z } from "zod";

import type { MapEntry } from "@/lib/schemas/sections/impersonation";
import type { BundledIngressNginxMode, TlsMode } from "@/lib/schemas/sections/ingress";
import type { ConfigOf } from "@/lib/schemas/targets";

import type { TargetId } from "./catalog";

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
};

/**
 * Everything Easel knows about one install target. Adding a target is adding one of these (and its
 * schema) to `lib/targets/modules.ts`; no other target changes. Methods, not function properties,
 * so a module for one target can stand where any target's module is expected.
 */
export type TargetModule<T extends TargetId = TargetId> = {
  id: T;
  schema: z.ZodType<ConfigOf<T>, ConfigOf<T>>;
  createDefaults(): ConfigOf<T>;
  /** The chart values, from a configuration that passed `schema`. */
  buildValues(config: ConfigOf<T>): object;
  /** The comment at the top of the file: what it is, and what to do with it. */
  fileHeader(config: ConfigOf<T>, generatedAt?: Date): string[];
  fieldGroups: ReadonlySet<FieldGroup>;
  copy: TargetCopy;
  ingressInferences?: IngressInferences;
};
