import type { GlobalValues } from "@/lib/chart/values-shape";
import type { GlobalSection } from "@/lib/schemas/sections/global";

import { domainUrls } from "./domain-urls";

/** `global`: the domain, audit logging credentials, metrics and (where known) the provider. */
export function buildGlobalValues(
  global: GlobalSection,
  kubernetesProvider?: string,
): GlobalValues {
  const { metrics } = global;
  return {
    dns: { domain: global.domain },
    auditLogging: {
      basicAuth: { username: global.auditLogging.username, password: global.auditLogging.password },
    },
    metrics: {
      prometheusBaseUrl: metrics.prometheusBaseUrl || domainUrls(global.domain).prometheusBaseUrl,
      timeout: metrics.timeout,
      scrapeInterval: metrics.scrapeInterval,
      agentType: metrics.agentType,
      username: metrics.username,
      password: metrics.password,
    },
    ...(kubernetesProvider === undefined ? {} : { kubernetesProvider }),
  };
}
