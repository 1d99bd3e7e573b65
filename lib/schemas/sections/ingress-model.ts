// What the form needs of the ingress section, apart from its schema (`./ingress.ts`): a target's page
// loads these with the form, and zod only at the first check.

import type { IngressSection } from "./ingress";

/** A choice Easel may leave to the chart, writing no key at all. */
export const CHART_DEFAULT = "chart-default";

/**
 * Where TLS ends for the Canvas Ingress: left to the chart; at a load balancer in front of the
 * Ingress (`tls: []`, the GKE guide's way); or at the Ingress itself with a certificate Secret.
 */
export const TLS_MODES = [CHART_DEFAULT, "load-balancer", "secret"] as const;
export type TlsMode = (typeof TLS_MODES)[number];

/** Whether the chart's bundled ingress-nginx runs: left to the chart, or set either way. */
export const BUNDLED_INGRESS_NGINX_MODES = [CHART_DEFAULT, "enabled", "disabled"] as const;
export type BundledIngressNginxMode = (typeof BUNDLED_INGRESS_NGINX_MODES)[number];

/** Nothing set: every ingress choice is the chart's. */
export const INGRESS_CHART_DEFAULTS: IngressSection = {
  className: "",
  annotations: [],
  tls: CHART_DEFAULT,
  tlsSecretName: "",
  bundledIngressNginx: CHART_DEFAULT,
  kubernetesProvider: "",
};
