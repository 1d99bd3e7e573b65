import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import type { TargetConfig } from "@/lib/schemas/targets";

/** Where the address comes from: the install guide, or Easel's inference (marked as such). */
const INFERRED = "(Inferred by Easel: no install guide for this target was available.)";

function ingressAddressStep(domain: string): string[] {
  return [
    "Find the address of the load balancer the ingress controller created for PaletteAI's Ingress:",
    "",
    "```sh",
    `kubectl get ingress canvas --namespace ${RELEASE_NAMESPACE}`,
    "```",
    "",
    `Its ADDRESS column holds it. Create a DNS record for ${domain} pointing at that address.`,
  ];
}

function gkeStep(domain: string, staticIpName: string): string[] {
  const staticIp = staticIpName
    ? [
        "",
        `The Ingress uses the global static IP address named ${staticIpName}, so the address is that`,
        "IP's; `gcloud compute addresses describe " +
          staticIpName +
          " --global` shows it (this command is Easel's, not the guide's).",
      ]
    : [];
  return [
    ...ingressAddressStep(domain),
    "From the GKE guide: create an A record for that IP; with Cloud DNS, an A record in your domain's",
    "hosted zone with the load balancer as its target.",
    ...staticIp,
  ];
}

function ingressTargetStep(domain: string): string[] {
  return [
    ...ingressAddressStep(domain),
    INFERRED,
    "Create an A record where the address is an IP, a CNAME where it is a host name (AWS load",
    "balancers have host names; with Route 53, an alias record).",
  ];
}

function applianceStep(domain: string): string[] {
  const name = domain || "the root domain you set in Local UI";
  return [
    `PaletteAI answers on ${name} or on the cluster's VIP address (the appliance guide).`,
    `(Inferred by Easel: the guide does not say which record to create.) For ${name}, create an A record`,
    "pointing at the VIP address you gave in Local UI.",
  ];
}

/** The registry's host, from an `oci://host:port` endpoint. */
function endpointHost(endpoint: string): string {
  return endpoint.replace(/^oci:\/\//, "").replace(/[:/].*$/, "");
}

function zotLoadBalancerStep(endpoint: string): string[] {
  return [
    "",
    "Zot runs on its own load balancer: the GKE guide says it needs an additional DNS A or CNAME",
    `record, which can be made after the install. Create it for ${endpointHost(endpoint)}, pointing at`,
    `the EXTERNAL-IP of the Zot Service of type LoadBalancer in \`kubectl get services --namespace ${RELEASE_NAMESPACE}\``,
    "(where to read the address is Easel's inference).",
  ];
}

/**
 * The README's DNS step for `config`'s target: which record to create for the domain and where to
 * read the address it points at. What the target's guide says is said as such; the rest is marked
 * as Easel's inference.
 */
export function dnsStep(config: TargetConfig): string[] {
  const domain = config.global.domain;
  if (config.target === "appliance") return applianceStep(domain);
  const main =
    config.target === "gke"
      ? gkeStep(domain, config.canvas.staticIpName)
      : ingressTargetStep(domain);
  const zot =
    config.registry.mode === "zot-load-balancer"
      ? zotLoadBalancerStep(config.registry.endpoint)
      : [];
  return [...main, ...zot, "", "It may take a few minutes for the DNS change to take effect."];
}
