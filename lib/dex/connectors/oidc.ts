import { CLIENT_FIELDS, isSet } from "./common";
import type { ConnectorTypeSpec } from "./types";

/** Any OpenID Connect provider (AWS Cognito in the appliance guide's example). */
export const OIDC_CONNECTOR: ConnectorTypeSpec = {
  type: "oidc",
  label: "OpenID Connect (Cognito, Okta, Keycloak, …)",
  defaultId: "oidc",
  defaultName: "Single sign-on",
  hasRedirectURI: true,
  fields: [
    { key: "issuer", label: "Issuer URL", kind: "url", isRequired: true },
    ...CLIENT_FIELDS,
    { key: "getUserInfo", label: "Read claims from the UserInfo endpoint", kind: "boolean" },
    { key: "userNameKey", label: "User name claim", kind: "string", dexDefault: "name" },
    { key: "scopes", label: "Scopes", kind: "list", dexDefault: "profile, email" },
    { key: "userIDKey", label: "User ID claim", kind: "string", dexDefault: "sub" },
    {
      key: "insecureEnableGroups",
      label: "Read groups from the token",
      kind: "boolean",
      hint: "Dex drops the groups claim unless this is on.",
    },
    { key: "allowedGroups", label: "Allowed groups", kind: "list" },
    {
      key: "promptType",
      label: "Prompt type",
      kind: "string",
      dexDefault: "consent",
      isAdvanced: true,
    },
    {
      key: "insecureSkipEmailVerified",
      label: "Accept unverified emails",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "insecureSkipVerify",
      label: "Skip TLS verification",
      kind: "boolean",
      isAdvanced: true,
    },
    { key: "rootCAs", label: "CA file paths", kind: "list", isAdvanced: true },
    { key: "issuerAlias", label: "Issuer alias", kind: "string", isAdvanced: true },
    { key: "acrValues", label: "ACR values", kind: "list", isAdvanced: true },
    {
      key: "overrideClaimMapping",
      label: "Prefer the claim mapping below",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "claimMapping.preferred_username",
      label: "Preferred user name claim",
      kind: "string",
      dexDefault: "preferred_username",
      isAdvanced: true,
    },
    {
      key: "claimMapping.email",
      label: "Email claim",
      kind: "string",
      dexDefault: "email",
      isAdvanced: true,
    },
    {
      key: "claimMapping.groups",
      label: "Groups claim",
      kind: "string",
      dexDefault: "groups",
      isAdvanced: true,
    },
  ],
  check: (config) =>
    isSet(config, "allowedGroups") && !isSet(config, "insecureEnableGroups")
      ? [
          {
            key: "insecureEnableGroups",
            message: "Allowed groups need the groups claim: turn this on.",
          },
        ]
      : [],
};
