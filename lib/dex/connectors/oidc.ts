import { CLIENT_FIELDS, isSet } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorProblem, ConnectorTypeSpec } from "./types";

/** Any OpenID Connect provider (AWS Cognito in the appliance guide's example). */
export const OIDC_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.oidc,
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
    {
      key: "basicAuthUnsupported",
      label: "Send the client secret in the request body",
      kind: "optionalBoolean",
      dexDefault: "true for Okta, else false",
      isAdvanced: true,
      hint: "For providers that refuse HTTP Basic authentication at the token endpoint.",
    },
    {
      key: "pkceChallenge",
      label: "PKCE challenge method",
      kind: "enum",
      options: ["S256", "plain"],
      dexDefault: "the best the provider offers",
      isAdvanced: true,
    },
    {
      key: "providerDiscoveryOverrides.authURL",
      label: "Authorization URL override",
      kind: "url",
      isAdvanced: true,
      hint: "Replaces what discovery finds; Dex logs a warning while any override is set.",
    },
    {
      key: "providerDiscoveryOverrides.tokenURL",
      label: "Token URL override",
      kind: "url",
      isAdvanced: true,
    },
    {
      key: "providerDiscoveryOverrides.jwksURL",
      label: "JWKS URL override",
      kind: "url",
      isAdvanced: true,
    },
    {
      key: "claimModifications.filterGroupClaims.groupsFilter",
      label: "Keep only groups matching",
      kind: "string",
      isAdvanced: true,
      hint: "A Go regular expression, such as ^team-. Dex ignores one it cannot compile.",
    },
    {
      key: "claimModifications.modifyGroupNames.prefix",
      label: "Group name prefix",
      kind: "string",
      isAdvanced: true,
    },
    {
      key: "claimModifications.modifyGroupNames.suffix",
      label: "Group name suffix",
      kind: "string",
      isAdvanced: true,
    },
    {
      key: "claimModifications.newGroupFromClaims.0.claims",
      label: "New group from claims",
      kind: "list",
      isAdvanced: true,
      hint: "Claims joined into one more group, such as org, team.",
    },
    {
      key: "claimModifications.newGroupFromClaims.0.delimiter",
      label: "New group: delimiter",
      kind: "string",
      isAdvanced: true,
    },
    {
      key: "claimModifications.newGroupFromClaims.0.prefix",
      label: "New group: prefix",
      kind: "string",
      isAdvanced: true,
    },
    {
      key: "claimModifications.newGroupFromClaims.0.clearDelimiter",
      label: "New group: remove the delimiter from claim values",
      kind: "boolean",
      isAdvanced: true,
    },
  ],
  check: (config) => {
    const problems: ConnectorProblem[] = [];
    if (isSet(config, "allowedGroups") && !isSet(config, "insecureEnableGroups")) {
      problems.push({
        key: "insecureEnableGroups",
        message: "Allowed groups need the groups claim: turn this on.",
      });
    }
    return problems;
  },
};
