import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import type { FullInstallConfig } from "@/lib/import/read-config";
import {
  chartAddress,
  plainHttpFlag,
  shellQuote,
  shellWord,
  waitFlags,
  type ChartSettings,
} from "@/lib/targets/chart-commands";
import { APPLY_SECRETS_COMMAND } from "@/lib/targets/secrets-apply";
import type { InstallScriptParts, TargetDownloads } from "@/lib/targets/target-module";

/** Chart versions are checked, but quoting them in install.sh costs nothing. */
function helmCommands(verb: "install" | "upgrade", install: ChartSettings): string[] {
  const createNamespace = verb === "install" ? " --create-namespace" : "";
  const source = plainHttpFlag(install);
  const wait = waitFlags(install);
  return [
    `  helm ${verb} mural-crds ${chartAddress(install, "mural-crds")} --version ${shellQuote(install.crdsVersion)}${source} \\`,
    `    --namespace ${RELEASE_NAMESPACE}${createNamespace} ${wait}`,
    `  helm ${verb} mural ${chartAddress(install, "mural")} --version ${shellQuote(install.muralVersion)}${source} \\`,
    `    --namespace ${RELEASE_NAMESPACE}${createNamespace} --values values.yaml ${wait}`,
  ];
}

/** install.sh of a full install: `install` (the default) or `upgrade`, Secrets first, then the charts. */
function installScript(parts: InstallScriptParts): string[] {
  const secrets = parts.hasSecrets ? [`  ${APPLY_SECRETS_COMMAND}`] : [];
  return [
    'case "${1:-install}" in',
    "install)",
    ...secrets,
    ...helmCommands("install", parts.install),
    "  ;;",
    "upgrade)",
    ...secrets,
    ...helmCommands("upgrade", parts.install),
    "  ;;",
    "*)",
    '  echo "usage: $0 [install|upgrade]" >&2',
    "  exit 2",
    "  ;;",
    "esac",
  ];
}

/** Where the GKE guide reads the load balancer's address: the Canvas Ingress's ADDRESS column. */
export function ingressAddress(domain: string): string[] {
  return [
    "Once PaletteAI is installed, read the address of the load balancer in front of its Ingress (the ADDRESS column):",
    ["```sh", `kubectl get ingress canvas --namespace ${RELEASE_NAMESPACE}`, "```"].join("\n"),
    `Create a DNS record for ${domain} pointing at that address.`,
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
 * The downloads of a target installed with Helm from its values.yaml, whose README's DNS step
 * starts with `mainDnsStep` (the record for the domain); Zot's own record and the wait follow.
 */
export function fullInstallDownloads<C extends FullInstallConfig>(
  mainDnsStep: (config: C) => string[],
): TargetDownloads<C> {
  return {
    installScript,
    valuesCredentials:
      "Canvas' session secret, the Dex client secrets, the audit-logging password, connector secrets and the local users' password hashes",
    installStep: "`sh install.sh` installs the Secrets, the mural-crds chart, then mural.",
    dnsStep: (config) => [
      ...mainDnsStep(config),
      ...(config.registry.mode === "zot-load-balancer"
        ? zotLoadBalancerStep(config.registry.endpoint)
        : []),
      "It may take a few minutes for the DNS change to take effect.",
    ],
    later: {
      title: "Upgrade later",
      paragraphs: ({ install }) => [
        `Then, from the new files' directory, \`sh install.sh upgrade\` runs \`helm upgrade\` for mural-crds, then for mural, with the same values.yaml, as the PaletteAI guides do: \`helm upgrade mural ${chartAddress(install, "mural")} --version <version>${plainHttpFlag(install)} --namespace ${RELEASE_NAMESPACE} --values values.yaml ${waitFlags(install)}\`.`,
      ],
    },
    finishCommands: (install) => [
      `helm upgrade --install mural-crds ${chartAddress(install, "mural-crds")} --version ${shellWord(install.crdsVersion)}${plainHttpFlag(install)} --namespace ${RELEASE_NAMESPACE} ${waitFlags(install)}`,
      `helm upgrade --install mural ${chartAddress(install, "mural")} --version ${shellWord(install.muralVersion)}${plainHttpFlag(install)} --namespace ${RELEASE_NAMESPACE} --values values.yaml ${waitFlags(install)}`,
    ],
  };
}
