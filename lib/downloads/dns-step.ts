import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import type { TargetConfig } from "@/lib/schemas/targets";

/** Marks what no install guide says for this target: Easel's inference. */
const INFERRED = "(Inferred by Easel: no install guide for this target was available.)";

/** Where the GKE guide reads the load balancer's address: the Canvas Ingress's ADDRESS column. */
function ingressAddress(domain: string): string[] {
  return [
    "Once PaletteAI is installed, read the address of the load balancer in front of its Ingress (the ADDRESS column):",
    ["```sh", `kubectl get ingress canvas --namespace ${RELEASE_NAMESPACE}`, "```"].join("\n"),
    `Create a DNS record for ${domain} pointing at that address.`,
  ];
}

function gkeStep(domain: string, staticIpName: string): string[] {
  const staticIp = staticIpName
    ? [
        `The Ingress uses the global static IP address named ${staticIpName} (its \`kubernetes.io/ingress.global-static-ip-name\` annotation), so the address is that IP: \`gcloud compute addresses describe ${staticIpName} --global\` shows it. (That command is Easel's, not the guide's.)`,
      ]
    : [];
  return [
    ...ingressAddress(domain),
    "The GKE guide: create a DNS record for that load balancer IP; with Cloud DNS, an A record in your domain's hosted zone, with the load balancer as its target.",
    ...staticIp,
  ];
}

function ingressTargetStep(domain: string): string[] {
  return [
    ...ingressAddress(domain),
    `${INFERRED} The Ingress is named as on GKE (the same chart). Create an A record where the address is an IP, a CNAME where it is a host name (AWS load balancers have host names; with Route 53, an alias record).`,
  ];
}

function applianceStep(domain: string): string[] {
  const name = domain || "the root domain you set in Local UI";
  return [
    `The appliance guide opens PaletteAI at https://<domain-or-vip-address>/ai: ${name}, or the VIP address you gave the cluster in Local UI.`,
    `(Inferred by Easel: the guide does not say which record to create.) For ${name}, create an A record pointing at that VIP address.`,
  ];
}

/** The registry's host, from an `oci://host:port/path` endpoint. */
function endpointHost(endpoint: string): string {
  return endpoint.replace(/^oci:\/\//, "").replace(/[:/].*$/, "");
}

function zotLoadBalancerStep(endpoint: string): string[] {
  return [
    `Zot runs on its own load balancer, which the GKE guide says needs an additional DNS A or CNAME record; it can be made after the install. Create it for ${endpointHost(endpoint)}, pointing at the EXTERNAL-IP of the Zot Service of type LoadBalancer in \`kubectl get services --namespace ${RELEASE_NAMESPACE}\`. (Where to read that address is Easel's inference.)`,
  ];
}

/**
 * The README's DNS step for `config`'s target, as paragraphs: which record to create for
 * the domain and where to read the address it points at. What the target's guide says is said as
 * such; the rest is marked as Easel's inference.
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
  return [...main, ...zot, "It may take a few minutes for the DNS change to take effect."];
}
