import { CANVAS_OIDC_DEFAULTS, CANVAS_SERVICE, DEX_SERVICE } from "@/lib/chart/constants";
import type { CanvasValues, IngressPath, IngressTls } from "@/lib/chart/values-shape";
import type { Branding } from "@/lib/schemas/sections/branding";
import type { CanvasSection } from "@/lib/schemas/sections/canvas";
import { type Impersonation, type MapEntry } from "@/lib/schemas/sections/impersonation";
import { splitGroups } from "@/lib/schemas/sections/impersonation-model";

import { domainUrls } from "./domain-urls";

/** What a target sets on the Canvas Ingress; a key left undefined keeps the chart's default. */
export type CanvasIngressOptions = {
  ingressClassName?: string;
  annotations?: Record<string, string>;
  tls?: IngressTls[];
};

function prefixPath(path: string, service: string, port: number): IngressPath {
  return {
    path,
    pathType: "Prefix",
    backend: { service: { name: service, port: { number: port } } },
  };
}

/** `branding` with only the logos given, or nothing, so the chart's defaults stay. */
function brandingValues(branding: Branding): Pick<CanvasValues, "branding"> {
  const logos = {
    ...(branding.primaryLogo ? { primaryLogo: branding.primaryLogo } : {}),
    ...(branding.secondaryLogo ? { secondaryLogo: branding.secondaryLogo } : {}),
  };
  return Object.keys(logos).length > 0 ? { branding: logos } : {};
}

/** The impersonation block in the docs' clean form: booleans and maps, never `true,`. */
function impersonationProxy(
  impersonation: Impersonation,
): NonNullable<CanvasValues["impersonationProxy"]> {
  const toMap = (entries: readonly MapEntry[]) =>
    Object.fromEntries(entries.map((entry) => [entry.key, entry.value]));
  return {
    enabled: true,
    userMode: impersonation.userMode,
    groupsMode: impersonation.groupsMode,
    userMap: toMap(impersonation.userMap),
    groupMap: toMap(impersonation.groupMap),
    dexGroupMap: Object.fromEntries(
      impersonation.dexGroupMap.map((entry) => [entry.key, splitGroups(entry.value)]),
    ),
  };
}

/** The Canvas settings every target leaves to the admin: branding and impersonation. */
export function buildCanvasCustomValues(
  canvas: Pick<CanvasSection, "branding" | "impersonation">,
): Pick<CanvasValues, "branding" | "impersonationProxy"> {
  return {
    ...brandingValues(canvas.branding),
    ...(canvas.impersonation.enabled
      ? { impersonationProxy: impersonationProxy(canvas.impersonation) }
      : {}),
  };
}

/**
 * `canvas`: one Ingress serving Canvas on `/ai` and Dex on `/dex`, so a single load balancer
 * terminating TLS serves both; Canvas therefore speaks plain HTTP behind it.
 */
export function buildCanvasValues(
  canvas: CanvasSection,
  domain: string,
  ingress: CanvasIngressOptions,
): CanvasValues {
  return {
    ingress: {
      enabled: true,
      ...(ingress.annotations === undefined ? {} : { annotations: ingress.annotations }),
      ...(ingress.ingressClassName === undefined
        ? {}
        : { ingressClassName: ingress.ingressClassName }),
      domain,
      matchAllHosts: false,
      ...(ingress.tls === undefined ? {} : { tls: ingress.tls }),
      paths: [
        prefixPath(CANVAS_SERVICE.path, CANVAS_SERVICE.name, CANVAS_SERVICE.port),
        prefixPath(DEX_SERVICE.path, DEX_SERVICE.name, DEX_SERVICE.httpPort),
      ],
    },
    enableHTTP: true,
    ...buildCanvasCustomValues(canvas),
    oidc: {
      sessionSecret: canvas.sessionSecret,
      sessionDir: CANVAS_OIDC_DEFAULTS.sessionDir,
      issuerK8sService: CANVAS_OIDC_DEFAULTS.issuerK8sService,
      skipSSLCertificateVerification: CANVAS_OIDC_DEFAULTS.skipSSLCertificateVerification,
      redirectURL: domainUrls(domain).canvasCallback,
    },
  };
}
