import { CLIENT_FIELDS } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorTypeSpec } from "./types";

/** GitLab.com or a self-managed GitLab. */
export const GITLAB_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.gitlab,
  hasRedirectURI: true,
  fields: [
    { key: "baseURL", label: "GitLab URL", kind: "url", dexDefault: "https://gitlab.com" },
    ...CLIENT_FIELDS,
    { key: "groups", label: "Allowed groups", kind: "list" },
    {
      key: "useLoginAsID",
      label: "Use the login as the user ID",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "getGroupsPermission",
      label: "Add group permissions to group names",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "rootCAData",
      label: "CA data (base64 PEM)",
      kind: "base64",
      isAdvanced: true,
      hint: "For a self-managed GitLab with its own CA: the PEM bundle base64-encoded, such as the output of base64 -w0 ca.pem.",
    },
  ],
};
