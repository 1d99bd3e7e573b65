import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";
import { APPLY_SECRETS_COMMAND } from "@/lib/targets/secrets-apply";
import type { TargetDownloads } from "@/lib/targets/target-module";

import { APPLIANCE_VALUES_PATH } from "./host-file";

function applianceDnsStep(config: ApplianceConfig): string[] {
  const name = config.global.domain || "the root domain you set in Local UI";
  return [
    `The appliance guide opens PaletteAI at https://<domain-or-vip-address>/ai: ${name}, or the VIP address you gave the cluster in Local UI.`,
    `(Inferred by Easel: the guide does not say which record to create.) For ${name}, create an A record pointing at that VIP address.`,
  ];
}

/** The appliance installs its charts itself: its downloads apply the Secrets and say where values.yaml goes. */
export const APPLIANCE_DOWNLOADS: TargetDownloads<ApplianceConfig> = {
  installScript: (parts) => [
    ...(parts.hasSecrets ? [APPLY_SECRETS_COMMAND] : []),
    `# Then, on the node labelled palette.ai/helm-config: "true", merge values.yaml into`,
    `# ${APPLIANCE_VALUES_PATH}; the installer applies it within five minutes.`,
  ],
  valuesCredentials: "connector secrets and the local users' password hashes",
  installStep: `\`sh install.sh\` applies the Secrets. Then merge values.yaml into the appliance's host values file, ${APPLIANCE_VALUES_PATH}, on the node labelled palette.ai/helm-config: "true"; the installer applies it within five minutes.`,
  dnsStep: applianceDnsStep,
  later: {
    title: "Change it later",
    paragraphs: () => [
      `Merge the new values.yaml into ${APPLIANCE_VALUES_PATH} again; the installer applies it on its next run.`,
    ],
  },
  finishCommands: () => [
    `# On the node labelled palette.ai/helm-config: "true", merge values.yaml into ${APPLIANCE_VALUES_PATH}.`,
  ],
};
