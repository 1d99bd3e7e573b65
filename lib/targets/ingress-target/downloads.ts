import type { IngressTargetConfig } from "@/lib/schemas/targets";
import { fullInstallDownloads, ingressAddress } from "@/lib/targets/full-install/downloads";

/** Marks what no install guide says for this target: Easel's inference. */
const INFERRED = "(Inferred by Easel: no install guide for this target was available.)";

function ingressTargetDnsStep(config: IngressTargetConfig): string[] {
  return [
    ...ingressAddress(config.global.domain),
    `${INFERRED} The Ingress is named as on GKE (the same chart). Create an A record where the address is an IP, a CNAME where it is a host name (AWS load balancers have host names; with Route 53, an alias record).`,
  ];
}

/** The downloads of a target without an install guide: the GKE guide's, with the DNS step inferred. */
export const INGRESS_TARGET_DOWNLOADS = fullInstallDownloads(ingressTargetDnsStep);
