// The GKE configurations the render and import budgets are measured on: a typical install, and a
// large one at the sizes the issue names.
import { DEX_BCRYPT_COST, ZOT_BCRYPT_COST } from "@/lib/bcrypt/format";
import { HUB_AS_SPOKE_NAME } from "@/lib/chart/constants";
import { CONNECTOR_TYPES } from "@/lib/dex/connectors";
import type { Connector } from "@/lib/schemas/sections/connectors";
import { type Spoke } from "@/lib/schemas/sections/fleet";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import type { LocalUser } from "@/lib/schemas/sections/identity";
import type { RegistryUser } from "@/lib/schemas/sections/registry";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { gkeModule } from "@/lib/targets/gke/module";
import { everyField } from "@/test/support/connectors";
import {
  everySecretGkeConfig,
  SERVICE_ACCOUNT_KEY,
  SPOKE_KUBECONFIG,
} from "@/test/support/every-secret-config";

import { bcryptShapedHash, stableSecret, stableUuid } from "./stable-values";

/** The sizes of the large configuration, as the issue states them. */
export const LARGE_SIZES = { spokes: 100, localUsers: 50, connectors: 10, zotUsers: 20 } as const;

/** Eight types once each, then the two an enterprise most often doubles up on. */
const CONNECTOR_MIX: readonly Connector["type"][] = [...CONNECTOR_TYPES, "oidc", "ldap"];

function localUser(index: number): LocalUser {
  return {
    // Half derive their email from the domain, as a user left blank does.
    email: index % 2 === 0 ? "" : `person${index}@acme.io`,
    username: `person-${index}`,
    userID: stableUuid(`local-user-${index}`),
    password: "",
    passwordConfirmation: "",
    cost: DEX_BCRYPT_COST,
    isHashImported: true,
    hash: bcryptShapedHash(`local-user-${index}`, DEX_BCRYPT_COST),
  };
}

function zotUser(index: number): RegistryUser {
  return {
    username: `ci-${index}`,
    password: "",
    hash: bcryptShapedHash(`zot-user-${index}`, ZOT_BCRYPT_COST),
  };
}

function connector(type: Connector["type"], index: number): Connector {
  const id = `${type}-${index}`;
  return {
    ...everyField(type),
    id,
    name: `Acme ${type} ${index}`,
    serviceAccountKey: type === "google" ? SERVICE_ACCOUNT_KEY : "",
  };
}

/** A dedicated spoke with its uploaded kubeconfig, so Easel writes it a Secret of its own. */
function dedicatedSpoke(index: number): Spoke {
  const spoke = newSpoke(`gpu-${index}`);
  const server = `https://10.20.${index}.5:6443`;
  // Every tenth names its Secret, as an admin reusing an existing one would.
  if (index % 10 === 0) spoke.kubeconfig.secretName = `fleet-access-${index}`;
  return { ...spoke, kubeconfigFile: SPOKE_KUBECONFIG.replace("https://10.20.0.5:6443", server) };
}

/** The secrets Easel would generate, fixed so every run renders the same bytes. */
function withStableSecrets(config: GkeConfig): GkeConfig {
  config.global.auditLogging.password = stableSecret("audit");
  config.canvas.sessionSecret = stableSecret("session");
  config.identity.clients = {
    muralSecret: stableSecret("mural-client"),
    kubernetesSecret: stableSecret("kubernetes-client"),
  };
  return config;
}

function checked(config: GkeConfig): GkeConfig {
  const result = gkeModule.schema.safeParse(config);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(
      `Bench configuration is invalid at ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  return config;
}

/**
 * A GKE install as most admins leave it: every kind of Secret, hub-as-spoke and two dedicated
 * spokes with kubeconfigs, two local users, two connectors and two registry users.
 */
export function typicalGkeConfig(): GkeConfig {
  const config = withStableSecrets(everySecretGkeConfig());
  config.identity.localUsers = [localUser(0), localUser(1)];
  config.identity.connectors.push(connector("oidc", 1));
  config.registry.users = [zotUser(0), zotUser(1)];
  return checked(config);
}

/** The issue's large install: 100 dedicated spokes, 50 local users, 10 connectors, 20 Zot users. */
export function largeGkeConfig(): GkeConfig {
  const config = withStableSecrets(everySecretGkeConfig());
  config.fleet.spokes = [
    newSpoke(HUB_AS_SPOKE_NAME),
    ...Array.from({ length: LARGE_SIZES.spokes }, (_, index) => dedicatedSpoke(index + 1)),
  ];
  config.identity.localUsers = Array.from({ length: LARGE_SIZES.localUsers }, (_, index) =>
    localUser(index),
  );
  config.identity.connectors = CONNECTOR_MIX.map((type, index) => connector(type, index));
  config.registry.users = Array.from({ length: LARGE_SIZES.zotUsers }, (_, index) =>
    zotUser(index),
  );
  return checked(config);
}

/** How many list entries the admin added: spokes, local users, connectors and Zot users. */
export function itemCount(config: GkeConfig): number {
  return (
    config.fleet.spokes.length +
    config.identity.localUsers.length +
    config.identity.connectors.length +
    config.registry.users.length
  );
}
