/**
 * Fixed facts of the `mural` chart as the PaletteAI GKE install guide states them.
 * Every value here is quoted by the guide; nothing is guessed.
 */

export const RELEASE_NAMESPACE = "mural-system";

export const CHART_VERSIONS = { muralCrds: "0.6.0", mural: "1.0.0" } as const;

/** Where the GKE guide's `helm install` commands pull both charts from. */
export const CHART_REPOSITORY = "oci://public.ecr.aws/mural";

export const CANVAS_SERVICE = { name: "canvas", port: 2999, path: "/ai" } as const;

export const DEX_SERVICE = { name: "dex", httpPort: 5556, path: "/dex" } as const;

export const CANVAS_OIDC_DEFAULTS = {
  sessionDir: "/app/sessions",
  issuerK8sService: `https://dex.${RELEASE_NAMESPACE}.svc.cluster.local:5554/dex`,
  skipSSLCertificateVerification: true,
} as const;

/** The spoke name the chart reserves for the hub registering itself; the guide forbids renaming it. */
export const HUB_AS_SPOKE_NAME = "hub-as-spoke";

/** The guide's Prometheus server listens on this NodePort of the hub. */
export const PROMETHEUS_NODE_PORT = 30090;

export const METRICS_AGENT_TYPES = ["prometheus-agent-minimal", "prometheus-agent"] as const;
export type MetricsAgentType = (typeof METRICS_AGENT_TYPES)[number];

/** The Dex serving-certificate volume the chart ships; the guide says never to remove it. */
export const DEX_TLS_VOLUME = {
  name: "tls-cert-vol",
  secretName: "mural-dex-serving-cert",
  mountPath: "/etc/k8s-webhook-certs",
} as const;

/** The Google service-account key the GKE guide mounts into Dex for the Google connector. */
export const GOOGLE_AUTH_VOLUME = {
  name: "google-auth-vol",
  secretName: "mural-google-service-account",
  mountPath: "/etc/google",
} as const;

export const DEX_STATIC_CLIENT_IDS = { mural: "mural", kubernetes: "kubernetes" } as const;

export const ZOT_PORT = "5000";
export const ZOT_HTPASSWD_PATH = "/secret/htpasswd";
