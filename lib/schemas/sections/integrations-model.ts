// What the form needs of the integrations section, apart from its schema (`./integrations.ts`): a target's page
// loads these with the form, and zod only at the first check.

import type { IntegrationsSection } from "./integrations";

/** The docs' names for the Palette integration's Secrets. */
export const PALETTE_SECRET_DEFAULTS = {
  secretName: "palette-api-secret",
  caSecretName: "palette-ca-cert",
} as const;

/**
 * Names Easel chose for the token Secrets of the Settings integrations: the docs available to us
 * do not name them, so the form says so and lets the admin rename both.
 */
export const TOKEN_SECRET_DEFAULTS = {
  huggingFace: { secretName: "huggingface-token", key: "token" },
  ngc: { secretName: "ngc-api-key", key: "apiKey" },
} as const;

/** Every integration off, with the docs' (or Easel's) Secret names ready. */
export function newIntegrationsSection(): IntegrationsSection {
  return {
    namespace: "",
    palette: {
      isEnabled: false,
      ...PALETTE_SECRET_DEFAULTS,
      apiKey: "",
      defaultProjectID: "",
      hostUrl: "",
      tenant: "",
      skipSSLCertificateVerification: false,
      caCertificate: "",
    },
    huggingFace: { isEnabled: false, ...TOKEN_SECRET_DEFAULTS.huggingFace, token: "" },
    ngc: { isEnabled: false, ...TOKEN_SECRET_DEFAULTS.ngc, token: "" },
  };
}
