import { CLIENT_FIELDS } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorTypeSpec } from "./types";

/** A plain OAuth 2.0 provider, without OpenID Connect discovery. */
export const OAUTH_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.oauth,
  hasRedirectURI: true,
  fields: [
    ...CLIENT_FIELDS,
    { key: "authorizationURL", label: "Authorization URL", kind: "url", isRequired: true },
    { key: "tokenURL", label: "Token URL", kind: "url", isRequired: true },
    { key: "userInfoURL", label: "User info URL", kind: "url", isRequired: true },
    { key: "scopes", label: "Scopes", kind: "list" },
    { key: "userIDKey", label: "User ID key", kind: "string", dexDefault: "id" },
    {
      key: "claimMapping.userNameKey",
      label: "User name key",
      kind: "string",
      dexDefault: "user_name",
    },
    { key: "claimMapping.emailKey", label: "Email key", kind: "string", dexDefault: "email" },
    { key: "claimMapping.groupsKey", label: "Groups key", kind: "string", dexDefault: "groups" },
    {
      key: "claimMapping.preferredUsernameKey",
      label: "Preferred user name key",
      kind: "string",
      dexDefault: "preferred_username",
      isAdvanced: true,
    },
    {
      key: "claimMapping.emailVerifiedKey",
      label: "Email verified key",
      kind: "string",
      dexDefault: "email_verified",
      isAdvanced: true,
    },
    { key: "rootCAs", label: "CA file paths", kind: "list", isAdvanced: true },
    {
      key: "insecureSkipVerify",
      label: "Skip TLS verification",
      kind: "boolean",
      isAdvanced: true,
    },
  ],
};
