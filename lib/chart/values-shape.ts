/**
 * The part of the `mural` chart's values tree that Easel writes. Only keys documented by the
 * PaletteAI guides appear here; a key missing from this file is one Easel must never invent.
 */

export type IngressPath = {
  path: string;
  pathType: "Prefix";
  backend: { service: { name: string; port: { number: number } } };
};

export type GlobalValues = {
  dns: { domain: string };
  auditLogging: { basicAuth: { username: string; password: string } };
  metrics: {
    prometheusBaseUrl: string;
    timeout: string;
    scrapeInterval: string;
    agentType: string;
    username: string;
    password: string;
  };
  kubernetesProvider?: string;
};

export type SpokeKubeconfigValues =
  | { inCluster: true }
  | {
      context: string;
      inCluster: false;
      secretReference: { name: string; kubeconfigKey: string };
    };

/** Only `endpoint` is documented; the chart's other registry keys are kept from its defaults. */
export type OciRegistryValues = { endpoint: string };

export type SpokeValues = {
  name: string;
  klusterlet: { forceInternalEndpointLookup: boolean };
  kubeconfig: SpokeKubeconfigValues;
  ociRegistry?: OciRegistryValues;
};

export type FleetConfigValues = {
  hub: { apiServer: string };
  spokes: SpokeValues[];
  spokeValuesOverrides?: { hue: { ociRegistry: OciRegistryValues } };
};

/** One entry of a Kubernetes Ingress `spec.tls`, which `canvas.ingress.tls` holds. */
export type IngressTls = { hosts: string[]; secretName: string };

/** The ingress keys a target may leave to the chart's defaults are optional. */
export type CanvasValues = {
  ingress: {
    enabled: boolean;
    annotations?: Record<string, string>;
    ingressClassName?: string;
    domain: string;
    matchAllHosts: boolean;
    tls?: IngressTls[];
    paths: IngressPath[];
  };
  enableHTTP: boolean;
  branding?: { primaryLogo?: string; secondaryLogo?: string };
  impersonationProxy?: {
    enabled: true;
    userMode: string;
    groupsMode: string;
    userMap: Record<string, string>;
    groupMap: Record<string, string>;
    dexGroupMap: Record<string, string[]>;
  };
  oidc: {
    sessionSecret: string;
    sessionDir: string;
    issuerK8sService: string;
    skipSSLCertificateVerification: boolean;
    redirectURL: string;
  };
};

export type DexStaticClient = {
  id: string;
  redirectURIs: string[];
  name: string;
  secret: string;
  public: boolean;
  trustedPeers: string[];
};

export type DexStaticPassword = { email: string; hash: string; username: string; userID: string };

/** A Dex connector: `config` holds the keys Dex reads for its `type`. */
export type DexConnectorValues = {
  type: string;
  id: string;
  name: string;
  config: Record<string, unknown>;
};

export type DexVolume = { name: string; secret: { secretName: string } };
export type DexVolumeMount = { mountPath: string; name: string; readOnly: boolean };

export type DexValues = {
  config: {
    issuer: string;
    connectors?: DexConnectorValues[];
    staticClients: DexStaticClient[];
    staticPasswords: DexStaticPassword[];
  };
  volumes: DexVolume[];
  volumeMounts: DexVolumeMount[];
  service?: { annotations: Record<string, string> };
  ingress: { enabled: boolean };
};

/** Zot behind the main domain's Ingress, TLS ended at the load balancer (the guide's way). */
export type ZotIngressValues = {
  ingress: {
    enabled: true;
    annotations: Record<string, string>;
    hosts: { host: string; paths: { path: string }[] }[];
  };
  httpGet: { scheme: "HTTP" };
  configFiles: { "config.json": string };
  secretFiles: { htpasswd: string };
};

/** Zot on its own load balancer, ending TLS itself with the chart's own config. */
export type ZotLoadBalancerValues = {
  ingress: { enabled: false };
  service: { type: "LoadBalancer" };
  secretFiles: { htpasswd: string };
};

export type ZotValues = ZotIngressValues | ZotLoadBalancerValues | { enabled: false };

export type ProbeHeaderValues = { httpGet: { httpHeaders: { name: string; value: string }[] } };

export type AlertmanagerValues = {
  livenessProbe: ProbeHeaderValues;
  readinessProbe: ProbeHeaderValues;
};

export type MuralValues = {
  global: GlobalValues;
  fleetConfig: FleetConfigValues;
  canvas: CanvasValues;
  dex: DexValues;
  flux2?: { policies: { create: boolean } };
  "ingress-nginx"?: { enabled: boolean };
  zot: ZotValues;
  hue?: { ociRegistry: OciRegistryValues };
  alertmanager?: AlertmanagerValues;
};

/**
 * The appliance's host values file. It holds only fields the installer leaves to the admin: the
 * appliance guide's Installer-Managed Fields table lists the ones it overrides.
 */
export type ApplianceValues = {
  global: { metrics: Pick<GlobalValues["metrics"], "timeout" | "scrapeInterval" | "agentType"> };
  fleetConfig: { spokes: SpokeValues[] };
  canvas?: Pick<CanvasValues, "branding" | "impersonationProxy">;
  dex?: {
    config: { connectors?: DexConnectorValues[]; staticPasswords?: DexStaticPassword[] };
    volumes?: DexVolume[];
    volumeMounts?: DexVolumeMount[];
  };
};
