import { CLIENT_FIELDS, isSet } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorTypeSpec } from "./types";

/** Where the chart mounts the Google service-account key, as the GKE guide wires it. */
export const GOOGLE_SERVICE_ACCOUNT_PATH = "/etc/google/googleAuth.json";

/** Google Workspace, as in the GKE guide's example. */
export const GOOGLE_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.google,
  hasRedirectURI: true,
  fields: [
    ...CLIENT_FIELDS,
    { key: "promptType", label: "Prompt type", kind: "string", dexDefault: "consent" },
    {
      key: "hostedDomains",
      label: "Workspace domains",
      kind: "list",
      hint: "Only users of these domains may sign in, such as example.com (no https://).",
    },
    { key: "groups", label: "Allowed groups", kind: "list" },
    {
      key: "serviceAccountFilePath",
      label: "Service-account key path",
      kind: "string",
      isReadOnly: true,
      hint: `${GOOGLE_SERVICE_ACCOUNT_PATH} once you upload the key: the chart mounts Secret mural-google-service-account there.`,
    },
    {
      key: "domainToAdminEmail",
      label: "Admin email per domain",
      kind: "map",
      hint: "domain=admin email, such as example.com=admin@example.com (* for any domain). The service account impersonates this admin to read groups.",
    },
    {
      key: "scopes",
      label: "Scopes",
      kind: "list",
      dexDefault: "profile, email",
      isAdvanced: true,
    },
    {
      key: "fetchTransitiveGroupMembership",
      label: "Include groups of groups",
      kind: "boolean",
      isAdvanced: true,
    },
  ],
  check: (config) => {
    const usesGroups = isSet(config, "groups") || isSet(config, "serviceAccountFilePath");
    if (!usesGroups) return [];
    const problems = [];
    if (!isSet(config, "serviceAccountFilePath")) {
      problems.push({
        key: "groups",
        message: "Reading groups needs the service-account key: upload it below.",
      });
    }
    if (!isSet(config, "domainToAdminEmail")) {
      problems.push({
        key: "domainToAdminEmail",
        message:
          "Dex needs an admin email for the service account to act as, such as example.com=admin@example.com.",
      });
    }
    return problems;
  },
};
