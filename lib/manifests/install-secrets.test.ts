import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

import { newConnector } from "@/lib/schemas/sections/connectors";
import { newSpoke } from "@/lib/schemas/sections/fleet";
import { opensslCertificate } from "@/lib/test-support/certificates";
import { validGkeConfig } from "@/lib/test-support/gke-config";
import { kubectlKubeconfig } from "@/lib/test-support/kubeconfig";
import { kubectlSecret } from "@/lib/test-support/kubectl-secret";
import { sampleServiceAccountKey } from "@/lib/test-support/service-account-key";

import { buildInstallManifests } from "./install-secrets";
import type { SecretManifest } from "./kubernetes-object";
import { renderManifests } from "./to-yaml";

const SERVICE_ACCOUNT_KEY = sampleServiceAccountKey();
const SPOKE_KUBECONFIG = kubectlKubeconfig({ server: "https://10.20.0.5:6443" });
const CA = opensslCertificate({ isCa: true }).certificate;

/** A GKE configuration that needs every kind of Secret Easel makes. */
function everySecret() {
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

function decoded(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      Buffer.from(String(value), "base64").toString("utf8"),
    ]),
  );
}

/** Name, namespace, type, keys and decoded values: what must match kubectl. */
function essence(secret: Record<string, unknown>) {
  const metadata = secret.metadata as { name: string; namespace: string };
  return {
    name: metadata.name,
    namespace: metadata.namespace,
    // kubectl's client-side dry run leaves the type out; the API server defaults it to Opaque.
    type: secret.type ?? "Opaque",
    data: decoded(secret.data as Record<string, unknown>),
  };
}

describe("buildInstallManifests", () => {
  const manifests = buildInstallManifests(everySecret());
  const secrets = manifests.filter(
    (manifest): manifest is SecretManifest => manifest.kind === "Secret",
  );

  it("puts each Namespace once, before the Secrets", () => {
    expect(manifests.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`)).toEqual([
      "Namespace/mural-system",
      "Namespace/primary-dev",
      "Secret/mural-google-service-account",
      "Secret/spoke-kubeconfig-gpu-east",
      "Secret/west-access",
      "Secret/palette-api-secret",
      "Secret/palette-ca-cert",
      "Secret/huggingface-token",
      "Secret/ngc-api-key",
    ]);
  });

  it.each([
    ["mural-google-service-account", "mural-system", { "googleAuth.json": SERVICE_ACCOUNT_KEY }],
    ["spoke-kubeconfig-gpu-east", "mural-system", { kubeconfig: SPOKE_KUBECONFIG }],
    ["west-access", "mural-system", { config: SPOKE_KUBECONFIG }],
    ["palette-ca-cert", "primary-dev", { "ca.crt": CA }],
    ["huggingface-token", "primary-dev", { token: "hf_abc" }],
    ["ngc-api-key", "primary-dev", { apiKey: "nvapi-xyz" }],
  ])(
    "makes %s as kubectl create secret generic does from the same input",
    (name, namespace, entries) => {
      const ours = secrets.find((secret) => secret.metadata.name === name);
      expect(ours).toBeDefined();
      expect(essence(ours as unknown as Record<string, unknown>)).toEqual(
        essence(kubectlSecret(name, namespace, entries)),
      );
    },
  );

  it("writes the Palette settings the integration page lists, pointing at the CA Secret", () => {
    const palette = secrets.find((secret) => secret.metadata.name === "palette-api-secret");
    const text = decoded(palette?.data ?? {}).palette ?? "";
    expect(JSON.parse(text)).toEqual({
      apiKey: "palette-api-key-value",
      defaultProjectID: "6650d3cb9ce2a1d8f3c8e2a1",
      hostUrl: "https://console.spectrocloud.com",
      tenant: "docs",
      skipSSLCertificateVerification: false,
      tlsSecretRef: "palette-ca-cert",
    });
    expect(essence(palette as unknown as Record<string, unknown>)).toEqual(
      essence(kubectlSecret("palette-api-secret", "primary-dev", { palette: text })),
    );
  });

  it("needs nothing for the guide's defaults", () => {
    expect(buildInstallManifests(validGkeConfig())).toEqual([]);
  });

  it("renders every manifest as its own YAML document, under the header", () => {
    const text = renderManifests(manifests, ["Generated by Easel."]);
    expect(text.startsWith("# Generated by Easel.\n")).toBe(true);
    expect(parseAllDocuments(text).map((document) => document.toJS())).toEqual(manifests);
  });
});
