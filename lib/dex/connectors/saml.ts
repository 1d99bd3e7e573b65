import { isSet } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorProblem, ConnectorTypeSpec } from "./types";

/**
 * The NameID formats Dex v2.45.1 knows (connector/saml/saml.go, `nameIDFormats`), and each one's
 * last segment, which Dex takes for it (case-sensitive); anything else makes `Open` fail.
 */
const NAME_ID_FORMATS = [
  "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
  "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
  "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName",
  "urn:oasis:names:tc:SAML:1.1:nameid-format:WindowsDomainQualifiedName",
  "urn:oasis:names:tc:SAML:2.0:nameid-format:kerberos",
  "urn:oasis:names:tc:SAML:2.0:nameid-format:entity",
  "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
  "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
  "urn:oasis:names:tc:SAML:2.0:nameid-format:encrypted",
] as const;

/** The short forms first, as admins write them, then the full URNs an imported file may hold. */
export const NAME_ID_POLICY_FORMATS: readonly string[] = [
  ...NAME_ID_FORMATS.map((format) => format.slice(format.lastIndexOf(":") + 1)),
  ...NAME_ID_FORMATS,
];

/** A SAML 2.0 identity provider. SAML gives no refresh tokens. */
export const SAML_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.saml,
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
    {
      key: "caData",
      label: "CA data (base64 PEM)",
      kind: "base64",
      hint: "The PEM bundle base64-encoded, such as the output of base64 -w0 ca.pem.",
    },
    { key: "entityIssuer", label: "Entity issuer", kind: "string" },
    { key: "ssoIssuer", label: "SSO issuer", kind: "string" },
    { key: "groupsAttr", label: "Groups attribute", kind: "string" },
    { key: "groupsDelim", label: "Groups delimiter", kind: "string", isAdvanced: true },
    {
      key: "allowedGroups",
      label: "Allowed groups",
      kind: "list",
      hint: "Separate with commas. Only members may sign in; needs the groups attribute.",
    },
    {
      key: "filterGroups",
      label: "Keep only the allowed groups",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "nameIDPolicyFormat",
      label: "NameID policy format",
      kind: "enum",
      options: NAME_ID_POLICY_FORMATS,
      invalidChoice: `Dex knows only these NameID formats, written exactly so (or as their full URNs): ${NAME_ID_POLICY_FORMATS.filter((format) => !format.includes(":")).join(", ")}.`,
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
    if (isSet(config, "allowedGroups") && !isSet(config, "groupsAttr")) {
      problems.push({
        key: "groupsAttr",
        message:
          "Allowed groups need the attribute that carries groups: without it Dex refuses every login.",
      });
    }
    return problems;
  },
};
