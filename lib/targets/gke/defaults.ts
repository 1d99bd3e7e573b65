import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { newSpoke } from "@/lib/schemas/sections/fleet";
import { IMPERSONATION_DEFAULTS } from "@/lib/schemas/sections/impersonation";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { generatePassword, generateSecret, generateUuid } from "@/lib/secrets/generate";

/**
 * A new GKE configuration: the guide's defaults, fresh random secrets, and one local admin user
 * whose password the browser hashes. Only the domain and the hub API server are left to the admin.
 * Call it in the browser: secrets generated on the server would travel in the page's HTML.
 */
export function createGkeDefaults(): GkeConfig {
  return {
    target: "gke",
    global: {
      domain: "",
      auditLogging: { username: "audit", password: generateSecret() },
      metrics: {
        prometheusBaseUrl: "",
        timeout: "5s",
        scrapeInterval: "15s",
        agentType: "prometheus-agent-minimal",
        username: "",
        password: "",
      },
    },
    fleet: { hubApiServer: "", spokes: [newSpoke(HUB_AS_SPOKE_NAME)] },
    canvas: {
      sessionSecret: generateSecret(),
      staticIpName: "",
      impersonation: structuredClone(IMPERSONATION_DEFAULTS),
      branding: { primaryLogo: "", secondaryLogo: "" },
    },
    identity: {
      clients: { muralSecret: generateSecret(), kubernetesSecret: generateSecret() },
      localUsers: [
        {
          email: "",
          username: "admin",
          userID: generateUuid(),
          password: generatePassword(),
          hash: "",
        },
      ],
    },
    registry: { mode: "zot-ingress", endpoint: "", keepGuideUsers: true, users: [] },
  };
}
