import type { ConnectorType } from "@/lib/dex/connectors/index";
import type { Connector } from "@/lib/schemas/sections/connectors";
import type { RegistrySection } from "@/lib/schemas/sections/registry";
import type { ConfigOf } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";

import { everyField } from "./connectors";
import { everySecretGkeConfig, SERVICE_ACCOUNT_KEY } from "./every-secret-config";
import { SAMPLE_DEX_HASH, validConfig } from "./target-config";

/** Each full-install target keeps its registry a different way, so a walk over all meets each. */
const REGISTRIES: Record<Exclude<TargetId, "appliance">, RegistrySection> = {
  gke: { mode: "zot-ingress", endpoint: "", keepGuideUsers: true, users: [] },
  eks: {
    mode: "external",
    endpoint: "oci://123456789012.dkr.ecr.us-east-1.amazonaws.com",
    keepGuideUsers: false,
    users: [],
  },
  "aws-iaas": {
    mode: "zot-load-balancer",
    endpoint: "oci://zot.acme.io:5000",
    keepGuideUsers: true,
    users: [],
  },
  kubernetes: {
    mode: "zot-load-balancer",
    endpoint: "oci://zot.acme.io:5000/mirror",
    keepGuideUsers: false,
    users: [],
  },
};

/**
 * Connectors with every field filled: every type on some target, since all targets write
 * connectors with the same code. GKE and the appliance have Google's, whose key makes a Secret
 * (and, on the appliance, the only Dex volumes written).
 */
const CONNECTORS: Record<TargetId, readonly ConnectorType[]> = {
  gke: ["google", "oidc", "ldap"],
  eks: ["saml", "github"],
  "aws-iaas": ["gitlab", "microsoft"],
  kubernetes: ["oauth", "oidc"],
  appliance: ["google", "microsoft"],
};

function filledConnectors(target: TargetId): Connector[] {
  return CONNECTORS[target].map((type) => ({
    ...everyField(type),
    serviceAccountKey: type === "google" ? SERVICE_ACCOUNT_KEY : "",
  }));
}

/**
 * A valid configuration of `target` with every list holding entries, the optional texts given,
 * and the spokes' and integrations' Secrets made (Google's too, where a Google connector is):
 * a walk over its strings meets every field an admin can type.
 */
export function filledConfig<T extends TargetId>(target: T): ConfigOf<T> {
  const secrets = everySecretGkeConfig();
  const config = validConfig(target) as ConfigOf<TargetId>;
  config.fleet.spokes = secrets.fleet.spokes;
  config.integrations = secrets.integrations;
  config.canvas.impersonation = {
    enabled: true,
    userMode: "passthrough",
    groupsMode: "map",
    userMap: [
      { key: "alice@acme.io", value: "alice" },
      { key: "bob@acme.io", value: "bob" },
    ],
    groupMap: [
      { key: "sre", value: "cluster-admins" },
      { key: "dev", value: "developers" },
    ],
    dexGroupMap: [
      { key: "admin@acme.io", value: "admins, sre" },
      { key: "ops@acme.io", value: "ops" },
    ],
  };
  config.canvas.branding = {
    primaryLogo: "https://cdn.acme.io/logo.png",
    secondaryLogo: "https://cdn.acme.io/mark.png",
  };
  config.identity.connectors = filledConnectors(target);
  config.identity.localUsers.push({
    email: "ops@acme.io",
    username: "ops",
    userID: "ops-1",
    password: "",
    passwordConfirmation: "",
    cost: 12,
    isHashImported: true,
    hash: SAMPLE_DEX_HASH,
  });
  if (config.target === "appliance") return config as ConfigOf<T>;
  config.global.metrics = {
    ...config.global.metrics,
    prometheusBaseUrl: "https://prometheus.acme.io:30090",
    username: "prometheus",
    password: "prometheus-password",
  };
  config.registry = {
    ...REGISTRIES[config.target],
    users: [
      { username: "ci", password: "", hash: SAMPLE_DEX_HASH },
      { username: "puller", password: "", hash: SAMPLE_DEX_HASH },
    ],
  };
  if (config.target === "gke") {
    config.canvas.staticIpName = "paletteai-ip";
  } else {
    config.ingress = {
      className: "nginx",
      annotations: [
        { key: "example.org/owner", value: "platform" },
        { key: "nginx.ingress.kubernetes.io/proxy-body-size", value: "0" },
      ],
      tls: "secret",
      tlsSecretName: "paletteai-tls",
      bundledIngressNginx: "enabled",
      kubernetesProvider: "EKS",
    };
  }
  return config as ConfigOf<T>;
}
