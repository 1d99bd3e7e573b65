import { isSet } from "./common";
import type { ConnectorProblem, ConnectorTypeSpec } from "./types";

const SCOPES = ["sub", "one"] as const;

/** An LDAP or Active Directory server. */
export const LDAP_CONNECTOR: ConnectorTypeSpec = {
  type: "ldap",
  label: "LDAP / Active Directory",
  defaultId: "ldap",
  defaultName: "LDAP",
  hasRedirectURI: false,
  fields: [
    {
      key: "host",
      label: "Host",
      kind: "string",
      isRequired: true,
      hint: "host:port, such as ldap.example.com:636. Without a port Dex uses 636, or 389 with TLS off.",
    },
    {
      key: "bindDN",
      label: "Bind DN",
      kind: "string",
      hint: "Leave both bind fields empty for anonymous search.",
    },
    { key: "bindPW", label: "Bind password", kind: "secret" },
    { key: "userSearch.baseDN", label: "User search base DN", kind: "string", isRequired: true },
    {
      key: "userSearch.filter",
      label: "User search filter",
      kind: "string",
      hint: "Such as (objectClass=person).",
    },
    {
      key: "userSearch.username",
      label: "Login attribute",
      kind: "string",
      isRequired: true,
      hint: "The attribute matched against what users type, such as uid or sAMAccountName.",
    },
    {
      key: "userSearch.idAttr",
      label: "User ID attribute",
      kind: "string",
      isRequired: true,
      hint: "Such as uid or DN. Dex applies no default: without it every login fails.",
    },
    {
      key: "userSearch.emailAttr",
      label: "Email attribute",
      kind: "string",
      hint: "Such as mail. Required unless an email suffix is set.",
    },
    { key: "userSearch.nameAttr", label: "Display name attribute", kind: "string" },
    { key: "userSearch.emailSuffix", label: "Email suffix", kind: "string", isAdvanced: true },
    {
      key: "userSearch.preferredUsernameAttr",
      label: "Preferred user name attribute",
      kind: "string",
      isAdvanced: true,
    },
    {
      key: "userSearch.scope",
      label: "User search scope",
      kind: "enum",
      options: SCOPES,
      dexDefault: "sub",
      isAdvanced: true,
    },
    { key: "groupSearch.baseDN", label: "Group search base DN", kind: "string" },
    { key: "groupSearch.filter", label: "Group search filter", kind: "string" },
    { key: "groupSearch.nameAttr", label: "Group name attribute", kind: "string" },
    {
      key: "groupSearch.userMatchers.0.userAttr",
      label: "Group match: user attribute",
      kind: "string",
      hint: "Such as DN (the user's full DN) or uid.",
    },
    {
      key: "groupSearch.userMatchers.0.groupAttr",
      label: "Group match: group attribute",
      kind: "string",
      hint: "Such as member or memberUid.",
    },
    {
      key: "groupSearch.scope",
      label: "Group search scope",
      kind: "enum",
      options: SCOPES,
      dexDefault: "sub",
      isAdvanced: true,
    },
    {
      key: "usernamePrompt",
      label: "Login prompt",
      kind: "string",
      dexDefault: "Username",
      isAdvanced: true,
    },
    { key: "startTLS", label: "Use StartTLS", kind: "boolean", isAdvanced: true },
    { key: "insecureNoSSL", label: "No TLS at all", kind: "boolean", isAdvanced: true },
    {
      key: "insecureSkipVerify",
      label: "Skip TLS verification",
      kind: "boolean",
      isAdvanced: true,
    },
    { key: "rootCA", label: "CA file path", kind: "string", isAdvanced: true },
  ],
  check: (config) => {
    const problems: ConnectorProblem[] = [];
    if (!isSet(config, "userSearch.emailAttr") && !isSet(config, "userSearch.emailSuffix")) {
      problems.push({
        key: "userSearch.emailAttr",
        message: "Enter the email attribute (such as mail), or an email suffix: Dex needs one.",
      });
    }
    if (isSet(config, "bindDN") !== isSet(config, "bindPW")) {
      problems.push({
        key: isSet(config, "bindDN") ? "bindPW" : "bindDN",
        message: "Give both the bind DN and its password, or neither for anonymous search.",
      });
    }
    const hasMatcher =
      isSet(config, "groupSearch.userMatchers.0.userAttr") ||
      isSet(config, "groupSearch.userMatchers.0.groupAttr");
    if (isSet(config, "groupSearch.baseDN") && !hasMatcher) {
      problems.push({
        key: "groupSearch.userMatchers.0.userAttr",
        message: "Say how users match groups, or Dex finds no group.",
      });
    }
    return problems;
  },
};
