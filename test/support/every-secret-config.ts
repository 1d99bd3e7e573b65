import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";

import { opensslCertificate } from "./certificates";
import { validGkeConfig } from "./gke-config";
import { kubectlKubeconfig } from "./kubeconfig";
import { sampleServiceAccountKey } from "./service-account-key";

export const SERVICE_ACCOUNT_KEY = sampleServiceAccountKey();
export const SPOKE_KUBECONFIG = kubectlKubeconfig({ server: "https://10.20.0.5:6443" });
export const CA = opensslCertificate({ isCa: true }).certificate;

/** A GKE configuration that needs every kind of Secret Easel makes. */
export function everySecretGkeConfig() {
  const config = validGkeConfig();
  config.identity.connectors = [
    {
      ...newConnector("google", "google"),
      config: { clientID: "id", clientSecret: "secret" },
      serviceAccountKey: SERVICE_ACCOUNT_KEY,
    },
  ];
  config.fleet.spokes.push(
    { ...newSpoke("gpu-east"), kubeconfigFile: SPOKE_KUBECONFIG },
    {
      ...newSpoke("gpu-west"),
      kubeconfig: { secretName: "west-access", secretKey: "config", context: "" },
      kubeconfigFile: SPOKE_KUBECONFIG,
    },
    newSpoke("gpu-north"),
  );
  config.integrations = {
    namespace: "primary-dev",
    palette: {
      isEnabled: true,
      secretName: "palette-api-secret",
      apiKey: "palette-api-key-value",
      defaultProjectID: "6650d3cb9ce2a1d8f3c8e2a1",
      hostUrl: "https://console.spectrocloud.com",
      tenant: "docs",
      skipSSLCertificateVerification: false,
      caCertificate: CA,
      caSecretName: "palette-ca-cert",
    },
    huggingFace: {
      isEnabled: true,
      secretName: "huggingface-token",
      key: "token",
      token: "hf_abc",
    },
    ngc: { isEnabled: true, secretName: "ngc-api-key", key: "apiKey", token: "nvapi-xyz" },
  };
  return config;
}
