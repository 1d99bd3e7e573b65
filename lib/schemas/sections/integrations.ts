import { z } from "zod";

import { readPemCertificates } from "@/lib/pki/pem-certificate";
import { textSchema } from "@/lib/schemas/fields";
import { baseUrlProblem } from "@/lib/validation/base-url";
import { dnsSubdomainProblem, secretKeyProblem } from "@/lib/validation/kubernetes-names";
import { writableNamespaceProblem } from "@/lib/validation/reserved-namespaces";

const paletteSchema = z.object({
  isEnabled: z.boolean(),
  secretName: textSchema,
  apiKey: textSchema,
  defaultProjectID: textSchema,
  hostUrl: textSchema,
  tenant: textSchema,
  skipSSLCertificateVerification: z.boolean(),
  caCertificate: textSchema,
  caSecretName: textSchema,
});

const tokenSchema = z.object({
  isEnabled: z.boolean(),
  secretName: textSchema,
  key: textSchema,
  token: textSchema,
});

export type TokenIntegration = z.infer<typeof tokenSchema>;

type Issue = { path: (string | number)[]; message: string };

function required(value: string, path: string[], message: string): Issue[] {
  return value.trim() === "" ? [{ path, message }] : [];
}

function nameIssues(value: string, path: string[], what: string): Issue[] {
  const problem = dnsSubdomainProblem(value, what);
  return problem ? [{ path, message: problem }] : [];
}

function paletteIssues(palette: z.infer<typeof paletteSchema>): Issue[] {
  const hostProblem = baseUrlProblem(palette.hostUrl, {
    schemes: ["https"],
    example: "https://console.spectrocloud.com",
  });
  const ca = palette.caCertificate.trim();
  const caReading = ca === "" ? undefined : readPemCertificates(ca);
  return [
    ...nameIssues(palette.secretName, ["secretName"], "Secret name"),
    ...required(palette.apiKey, ["apiKey"], "Enter the Palette API key."),
    ...required(
      palette.defaultProjectID,
      ["defaultProjectID"],
      "Enter the Palette project ID (not its name).",
    ),
    ...(hostProblem ? [{ path: ["hostUrl"], message: hostProblem }] : []),
    ...required(palette.tenant, ["tenant"], "Enter the Palette tenant."),
    ...(caReading && "problem" in caReading
      ? [{ path: ["caCertificate"], message: caReading.problem }]
      : []),
    ...(ca !== "" ? nameIssues(palette.caSecretName, ["caSecretName"], "Secret name") : []),
  ];
}

function tokenIssues(token: TokenIntegration, what: string): Issue[] {
  const keyProblem = secretKeyProblem(token.key, `the ${what}`);
  return [
    ...nameIssues(token.secretName, ["secretName"], "Secret name"),
    ...(keyProblem
      ? [{ path: ["key"], message: keyProblem.replace("the kubeconfig", "the token") }]
      : []),
    ...required(token.token, ["token"], `Enter the ${what}.`),
  ];
}

/**
 * The Secrets of a Project's Settings integrations (Palette, Hugging Face, NVIDIA NGC), all in the
 * Tenant or Project namespace the admin names. Each is checked only while it is enabled.
 */
export const integrationsSectionSchema = z
  .object({
    namespace: textSchema,
    palette: paletteSchema,
    huggingFace: tokenSchema,
    ngc: tokenSchema,
  })
  .superRefine((integrations, ctx) => {
    const { palette, huggingFace, ngc } = integrations;
    const issues = [
      ...(palette.isEnabled
        ? paletteIssues(palette).map((issue) => ({ ...issue, path: ["palette", ...issue.path] }))
        : []),
      ...(huggingFace.isEnabled
        ? tokenIssues(huggingFace, "Hugging Face token").map((issue) => ({
            ...issue,
            path: ["huggingFace", ...issue.path],
          }))
        : []),
      ...(ngc.isEnabled
        ? tokenIssues(ngc, "NGC API key").map((issue) => ({
            ...issue,
            path: ["ngc", ...issue.path],
          }))
        : []),
    ];
    if (palette.isEnabled || huggingFace.isEnabled || ngc.isEnabled) {
      const problem = writableNamespaceProblem(integrations.namespace);
      if (problem) issues.unshift({ path: ["namespace"], message: problem });
    }
    for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
  });

export type IntegrationsSection = z.infer<typeof integrationsSectionSchema>;
