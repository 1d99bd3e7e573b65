import { valueAtPath } from "@/lib/paths/read-write";

import { CLIENT_FIELDS, isSet } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorTypeSpec } from "./types";

const MULTI_TENANT = new Set(["", "common", "consumers", "organizations"]);

/** Microsoft Entra ID (Azure AD) or personal Microsoft accounts. */
export const MICROSOFT_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.microsoft,
  hasRedirectURI: true,
  fields: [
    ...CLIENT_FIELDS,
    {
      key: "tenant",
      label: "Tenant",
      kind: "string",
      dexDefault: "common",
      hint: "Your tenant ID or domain; groups need one.",
    },
    {
      key: "groups",
      label: "Groups",
      kind: "list",
      hint: "Separate with commas. Once set, only members of one of these groups may sign in.",
    },
    {
      key: "useGroupsAsWhitelist",
      label: "Send only these groups in the token",
      kind: "boolean",
      hint: "The groups above are enforced either way; this drops the user's other groups from the groups claim.",
    },
    { key: "onlySecurityGroups", label: "Only security groups", kind: "boolean", isAdvanced: true },
    {
      key: "groupNameFormat",
      label: "Group name format",
      kind: "enum",
      options: ["name", "id"],
      dexDefault: "name",
      isAdvanced: true,
    },
    { key: "emailToLowercase", label: "Lowercase emails", kind: "boolean", isAdvanced: true },
    { key: "scopes", label: "Scopes", kind: "list", dexDefault: "user.read", isAdvanced: true },
    { key: "promptType", label: "Prompt type", kind: "string", isAdvanced: true },
    { key: "domainHint", label: "Domain hint", kind: "string", isAdvanced: true },
    {
      key: "apiURL",
      label: "Login URL",
      kind: "url",
      dexDefault: "https://login.microsoftonline.com",
      isAdvanced: true,
    },
    {
      key: "graphURL",
      label: "Graph URL",
      kind: "url",
      dexDefault: "https://graph.microsoft.com",
      isAdvanced: true,
    },
  ],
  check: (config) => {
    const tenant = valueAtPath(config, ["tenant"]);
    const usesGroups = isSet(config, "groups") || isSet(config, "useGroupsAsWhitelist");
    return usesGroups && MULTI_TENANT.has(typeof tenant === "string" ? tenant.trim() : "")
      ? [
          {
            key: "tenant",
            message: "Dex reads groups only for a specific tenant: enter its ID or domain.",
          },
        ]
      : [];
  },
};
