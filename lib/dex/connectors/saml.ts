import { isSet } from "./common";
import type { ConnectorProblem, ConnectorTypeSpec } from "./types";

/** A SAML 2.0 identity provider. SAML gives no refresh tokens. */
export const SAML_CONNECTOR: ConnectorTypeSpec = {
  type: "saml",
  label: "SAML 2.0",
  defaultId: "saml",
  defaultName: "SAML",
  hasRedirectURI: true,
  fields: [
    { key: "ssoURL", label: "SSO URL", kind: "url", isRequired: true },
    { key: "usernameAttr", label: "User name attribute", kind: "string", isRequired: true },
    { key: "emailAttr", label: "Email attribute", kind: "string", isRequired: true },
    {
      key: "ca",
      label: "CA file path",
      kind: "string",
      hint: "The CA that signs the provider's responses: a path, or the base64 data below.",
    },
    { key: "caData", label: "CA data (base64 PEM)", kind: "string" },
    { key: "entityIssuer", label: "Entity issuer", kind: "string" },
    { key: "ssoIssuer", label: "SSO issuer", kind: "string" },
    { key: "groupsAttr", label: "Groups attribute", kind: "string" },
    { key: "groupsDelim", label: "Groups delimiter", kind: "string", isAdvanced: true },
    { key: "allowedGroups", label: "Allowed groups", kind: "list" },
    {
      key: "filterGroups",
      label: "Keep only the allowed groups",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "nameIDPolicyFormat",
      label: "NameID policy format",
      kind: "string",
      dexDefault: "persistent",
      isAdvanced: true,
    },
    {
      key: "insecureSkipSignatureValidation",
      label: "Skip signature validation",
      kind: "boolean",
      isAdvanced: true,
      hint: "Anyone could then forge a login. Only for trials.",
    },
  ],
  check: (config) => {
    const problems: ConnectorProblem[] = [];
    const hasCa = isSet(config, "ca");
    const hasCaData = isSet(config, "caData");
    if (hasCa && hasCaData) {
      problems.push({ key: "caData", message: "Give the CA as a path or as data, not both." });
    }
    if (!hasCa && !hasCaData && !isSet(config, "insecureSkipSignatureValidation")) {
      problems.push({
        key: "ca",
        message: "Dex needs the CA that signs the provider's responses: a path or base64 data.",
      });
    }
    const caData = config.caData;
    if (typeof caData === "string" && hasCaData && !/^[A-Za-z0-9+/\s]+={0,2}\s*$/.test(caData)) {
      problems.push({ key: "caData", message: "Enter the PEM bundle base64-encoded." });
    }
    return problems;
  },
};
