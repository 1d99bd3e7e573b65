import { METRICS_AGENT_TYPES, type MetricsAgentType } from "@/lib/chart/constants";
import type { GlobalSection } from "@/lib/schemas/sections/global";
import { domainUrls } from "@/lib/values-builders/domain-urls";

import type { ValuesReader } from "./values-reader";

function isAgentType(value: string): value is MetricsAgentType {
  return (METRICS_AGENT_TYPES as readonly string[]).includes(value);
}

/** The metrics agent settings every target leaves open: `global.metrics` timing and agent type. */
export function readMetricsAgent(
  values: ValuesReader,
  metrics: Pick<GlobalSection["metrics"], "timeout" | "scrapeInterval" | "agentType">,
): void {
  const path = ["global", "metrics"];
  metrics.timeout = values.text([...path, "timeout"]) ?? metrics.timeout;
  metrics.scrapeInterval = values.text([...path, "scrapeInterval"]) ?? metrics.scrapeInterval;
  const agentType = values.text([...path, "agentType"]);
  if (agentType !== undefined && isAgentType(agentType)) metrics.agentType = agentType;
  else if (agentType !== undefined) {
    values.skip(
      [...path, "agentType"],
      `Easel knows the agent types ${METRICS_AGENT_TYPES.join(" and ")}; the form keeps its own.`,
    );
  }
}

/**
 * `global`: the domain, the audit logging credentials and the metrics settings. A Prometheus URL
 * equal to the one derived from the domain reads as derived, so it follows a change of domain.
 */
export function readGlobal(values: ValuesReader, global: GlobalSection): void {
  global.domain = values.text(["global", "dns", "domain"]) ?? global.domain;
  const basicAuth = ["global", "auditLogging", "basicAuth"];
  global.auditLogging.username =
    values.text([...basicAuth, "username"]) ?? global.auditLogging.username;
  global.auditLogging.password =
    values.text([...basicAuth, "password"]) ?? global.auditLogging.password;
  const { metrics } = global;
  readMetricsAgent(values, metrics);
  const prometheusBaseUrl = values.text(["global", "metrics", "prometheusBaseUrl"]);
  if (prometheusBaseUrl !== undefined) {
    metrics.prometheusBaseUrl =
      prometheusBaseUrl === domainUrls(global.domain).prometheusBaseUrl ? "" : prometheusBaseUrl;
  }
  metrics.username = values.text(["global", "metrics", "username"]) ?? metrics.username;
  metrics.password = values.text(["global", "metrics", "password"]) ?? metrics.password;
}
