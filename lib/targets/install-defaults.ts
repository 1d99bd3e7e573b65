import { DEX_BCRYPT_COST } from "@/lib/bcrypt/format";
import type { CanvasSection } from "@/lib/schemas/sections/canvas";
import { type FleetSection } from "@/lib/schemas/sections/fleet";
import { newHubAsSpoke } from "@/lib/schemas/sections/fleet-model";
import type { GlobalSection } from "@/lib/schemas/sections/global";
import type { IdentitySection, LocalUser } from "@/lib/schemas/sections/identity";
import { IMPERSONATION_DEFAULTS } from "@/lib/schemas/sections/impersonation-model";
import { type InstallSection } from "@/lib/schemas/sections/install";
import { newInstallSection } from "@/lib/schemas/sections/install-model";
import { type IntegrationsSection } from "@/lib/schemas/sections/integrations";
import { newIntegrationsSection } from "@/lib/schemas/sections/integrations-model";
import type { RegistrySection } from "@/lib/schemas/sections/registry";
import { generatePassword, generateSecret, generateUuid } from "@/lib/secrets/generate";

/** A local user with a generated password and ID, waiting for the browser to hash the password. */
export function newLocalUser(username: string): LocalUser {
  const password = generatePassword();
  return {
    email: "",
    username,
    userID: generateUuid(),
    password,
    passwordConfirmation: password,
    cost: DEX_BCRYPT_COST,
    isHashImported: false,
    hash: "",
  };
}

/** No impersonation and no logos: the chart's own behaviour. */
export function newCanvasCustomisation(): Pick<CanvasSection, "impersonation" | "branding"> {
  return {
    impersonation: structuredClone(IMPERSONATION_DEFAULTS),
    branding: { primaryLogo: "", secondaryLogo: "" },
  };
}

export type InstallSections = {
  global: GlobalSection;
  fleet: FleetSection;
  canvas: CanvasSection;
  identity: IdentitySection;
  registry: RegistrySection;
  install: InstallSection;
  integrations: IntegrationsSection;
};

/**
 * The sections every full install shares, as the GKE guide starts them: fresh random secrets,
 * hub-as-spoke, one local admin, and Zot behind the main domain. Only the domain and the hub API
 * server are left to the admin. Call it in the browser: secrets generated on the server would
 * travel in the page's HTML.
 */
export function createInstallSections(): InstallSections {
  return {
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
    fleet: { hubApiServer: "", spokes: [newHubAsSpoke()] },
    canvas: { sessionSecret: generateSecret(), ...newCanvasCustomisation() },
    identity: {
      clients: { muralSecret: generateSecret(), kubernetesSecret: generateSecret() },
      connectors: [],
      localUsers: [newLocalUser("admin")],
    },
    registry: { mode: "zot-ingress", endpoint: "", keepGuideUsers: true, users: [] },
    install: newInstallSection(),
    integrations: newIntegrationsSection(),
  };
}
