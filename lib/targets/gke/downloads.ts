import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { fullInstallDownloads, ingressAddress } from "@/lib/targets/full-install/downloads";

/** The GKE guide's DNS record, and where a named static IP's address is read. */
function gkeDnsStep(config: GkeConfig): string[] {
  const { staticIpName } = config.canvas;
  const staticIp = staticIpName
    ? [
        `The Ingress uses the global static IP address named ${staticIpName} (its \`kubernetes.io/ingress.global-static-ip-name\` annotation), so the address is that IP: \`gcloud compute addresses describe ${staticIpName} --global\` shows it. (That command is Easel's, not the guide's.)`,
      ]
    : [];
  return [
    ...ingressAddress(config.global.domain),
    "The GKE guide: create a DNS record for that load balancer IP; with Cloud DNS, an A record in your domain's hosted zone, with the load balancer as its target.",
    ...staticIp,
  ];
}

/** GKE's install.sh, README and finishing commands, as the GKE guide gives them. */
export const GKE_DOWNLOADS = fullInstallDownloads(gkeDnsStep);
