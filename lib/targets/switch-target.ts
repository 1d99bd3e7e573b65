import { setAtPath, valueAtPath } from "@/lib/paths/read-write";
import type { PathInto } from "@/lib/paths/typed-paths";
import type { ConfigOf, TargetConfig } from "@/lib/schemas/targets";
import { isMapping } from "@/lib/tree/tree";

import type { TargetId } from "./catalog";
import type { TargetForm } from "./target-module";

/**
 * What a configuration holds that may carry over to another target, in form order. Each path is
 * checked against the configurations' types: one that names no target's field does not compile.
 */
const CARRIED_FIELDS: readonly { path: PathInto<TargetConfig>; label: string }[] = [
  // The same configuration on another target: a hub it was applied to still recognises it.
  { path: ["configurationId"], label: "Configuration id" },
  { path: ["global", "domain"], label: "Domain" },
  { path: ["global", "auditLogging"], label: "Audit logging credentials" },
  { path: ["global", "metrics", "prometheusBaseUrl"], label: "Prometheus base URL" },
  { path: ["global", "metrics", "agentType"], label: "Metrics agent type" },
  { path: ["global", "metrics", "timeout"], label: "Metrics query timeout" },
  { path: ["global", "metrics", "scrapeInterval"], label: "Metrics scrape interval" },
  { path: ["global", "metrics", "username"], label: "Prometheus user name" },
  { path: ["global", "metrics", "password"], label: "Prometheus password" },
  { path: ["fleet", "hubApiServer"], label: "Hub API server" },
  { path: ["fleet", "spokes"], label: "Spokes" },
  { path: ["canvas", "staticIpName"], label: "Global static IP address name" },
  { path: ["canvas", "sessionSecret"], label: "Session secret" },
  { path: ["canvas", "impersonation"], label: "User impersonation" },
  { path: ["canvas", "branding"], label: "Branding" },
  { path: ["ingress"], label: "Ingress settings" },
  { path: ["identity", "clients"], label: "Dex client secrets" },
  { path: ["identity", "connectors"], label: "Dex connectors" },
  { path: ["identity", "staticUsersDisabled"], label: '"Disable Static Dex Users"' },
  { path: ["identity", "localUsers"], label: "Local users" },
  { path: ["registry"], label: "OCI registry" },
  {
    path: ["install"],
    label: "Chart registry and versions, Helm timeout, the spokes' Secret namespace",
  },
  { path: ["integrations"], label: "Settings integrations" },
];

/** Whether a value holds something the admin would miss: text, a "yes", a list entry. */
function holdsSomething(value: unknown): boolean {
  if (typeof value === "string") return value !== "";
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.length > 0;
  if (isMapping(value)) return Object.values(value).some(holdsSomething);
  return false;
}

export type SwitchedConfig<T extends TargetId = TargetId> = {
  config: ConfigOf<T>;
  /** Labels of what was entered and has no place on the new target, in form order. */
  dropped: string[];
};

/**
 * `from`, moved to another target: the new target's defaults, with everything of `from` that the
 * new target also has. What it does not have is named, so nothing disappears without a word.
 */
export function switchTarget<T extends TargetId>(
  from: TargetConfig,
  to: TargetForm<T>,
): SwitchedConfig<T> {
  const config = to.createDefaults();
  const dropped: string[] = [];
  for (const { path, label } of CARRIED_FIELDS) {
    const value = valueAtPath(from, path);
    if (value === undefined) continue;
    if (valueAtPath(config, path) !== undefined) setAtPath(config, path, structuredClone(value));
    else if (holdsSomething(value)) dropped.push(label);
  }
  return { config, dropped };
}
