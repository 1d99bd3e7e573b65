import { valueAtPath } from "@/lib/paths/read-write";

import { isSet } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorProblem, ConnectorSettings, ConnectorTypeSpec } from "./types";

const SCOPES = ["sub", "one"] as const;

const USER_ATTR = "groupSearch.userMatchers.0.userAttr";
const GROUP_ATTR = "groupSearch.userMatchers.0.groupAttr";

/** Whether Go's `net.SplitHostPort` finds a port in `host` (`host:port` or `[v6]:port`). */
function hasPort(host: string): boolean {
  return /^\[[^\]]*\]:[^:]*$/.test(host) || /^[^:[\]]*:[^:]*$/.test(host);
}

/**
 * Rules of the group search (ldap.go, `userMatchers` and `groups`): a group found without a
 * name attribute fails the login; matchers count only with a user attribute, and an empty group
 * attribute builds the filter `(=value)`, which fails the search.
 */
function groupSearchProblems(config: ConnectorSettings): ConnectorProblem[] {
  const problems: ConnectorProblem[] = [];
  const hasBase = isSet(config, "groupSearch.baseDN");
  const hasUser = isSet(config, USER_ATTR);
  const hasGroup = isSet(config, GROUP_ATTR);
  if (hasBase && !isSet(config, "groupSearch.nameAttr")) {
    problems.push({
      key: "groupSearch.nameAttr",
      message: "Enter the attribute that names a group (such as cn): without it every login fails.",
    });
  }
  if (hasBase && !hasUser && !hasGroup) {
    problems.push({
      key: USER_ATTR,
      message: "Say how users match groups, or Dex finds no group.",
    });
  } else if (hasUser !== hasGroup) {
    problems.push(
      hasUser
        ? {
            key: GROUP_ATTR,
            message: "Enter the group attribute too (such as member): without it the search fails.",
          }
        : {
            key: USER_ATTR,
            message: "Enter the user attribute too (such as DN): Dex ignores a match without it.",
          },
    );
  }
  return problems;
}

/** An LDAP or Active Directory server. */
export const LDAP_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.ldap,
  hasRedirectURI: false,
  // ldap.go (Open): with no `userMatchers`, Dex builds one from the group search's own
  // `userAttr` and `groupAttr`, the keys of Dex before matchers.
  formerKeys: [
    { from: "groupSearch.userAttr", to: USER_ATTR },
    { from: "groupSearch.groupAttr", to: GROUP_ATTR },
  ],
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
    {
      key: "userSearch.emailSuffix",
      label: "Email suffix",
      kind: "string",
      isAdvanced: true,
      hint: "Emails become <display name>@<suffix>: needs the display name attribute.",
    },
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
      key: "groupSearch.userMatchers.0.recursionGroupAttr",
      label: "Group match: parent group attribute",
      kind: "string",
      isAdvanced: true,
      hint: "Such as memberOf, to add the groups of groups.",
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
    {
      key: "rootCAData",
      label: "CA data (base64 PEM)",
      kind: "base64",
      isAdvanced: true,
      hint: "Instead of the file: the PEM bundle base64-encoded, such as the output of base64 -w0 ca.pem.",
    },
    {
      key: "clientCert",
      label: "Client certificate file path",
      kind: "string",
      isAdvanced: true,
      hint: "For servers that ask for a client certificate; needs the key below.",
    },
    {
      key: "clientKey",
      label: "Client key file path",
      kind: "secret",
      isAdvanced: true,
      hint: "The path of the certificate's private key file, as mounted in Dex's pod.",
    },
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
    // identityFromEntry: the email is <nameAttr value>@<emailSuffix>.
    if (isSet(config, "userSearch.emailSuffix") && !isSet(config, "userSearch.nameAttr")) {
      problems.push({
        key: "userSearch.nameAttr",
        message:
          "The email suffix builds emails from this attribute: without it every email is @suffix.",
      });
    }
    // openConnector loads the pair only when both are given, and ignores one alone.
    if (isSet(config, "clientCert") !== isSet(config, "clientKey")) {
      problems.push({
        key: isSet(config, "clientCert") ? "clientKey" : "clientCert",
        message: "Give both the client certificate and its key, or neither: Dex ignores one alone.",
      });
    }
    return [...problems, ...groupSearchProblems(config)];
  },
  warn: (config) => {
    const host = valueAtPath(config, ["host"]);
    // openConnector adds :389 only with insecureNoSSL, so StartTLS dials LDAPS's 636.
    return isSet(config, "startTLS") &&
      !isSet(config, "insecureNoSSL") &&
      typeof host === "string" &&
      host.trim() !== "" &&
      !hasPort(host.trim())
      ? [
          {
            key: "host",
            message:
              "With StartTLS and no port, Dex dials port 636 (LDAPS), where StartTLS servers rarely listen: add the port, such as :389.",
          },
        ]
      : [];
  },
};
