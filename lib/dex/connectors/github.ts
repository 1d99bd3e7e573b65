import { valueAtPath } from "@/lib/paths/read-write";

import { CLIENT_FIELDS, isSet } from "./common";
import { CONNECTOR_NAMES } from "./names";
import type { ConnectorProblem, ConnectorTypeSpec } from "./types";

/** GitHub or GitHub Enterprise. */
export const GITHUB_CONNECTOR: ConnectorTypeSpec = {
  ...CONNECTOR_NAMES.github,
  hasRedirectURI: true,
  fields: [
    ...CLIENT_FIELDS,
    {
      key: "orgs",
      label: "Organizations and teams",
      kind: "orgs",
      hint: "Only members may sign in: org: team, team; other-org. Leave empty to allow any GitHub user.",
    },
    { key: "loadAllGroups", label: "Load every org and team as groups", kind: "boolean" },
    {
      key: "teamNameField",
      label: "Team name field",
      kind: "enum",
      options: ["name", "slug", "both"],
      dexDefault: "name",
    },
    {
      key: "useLoginAsID",
      label: "Use the login as the user ID",
      kind: "boolean",
      isAdvanced: true,
    },
    {
      key: "preferredEmailDomain",
      label: "Preferred email domain",
      kind: "string",
      isAdvanced: true,
    },
    {
      key: "hostName",
      label: "GitHub Enterprise host",
      kind: "string",
      isAdvanced: true,
      hint: "Only the host, such as github.example.com.",
    },
    { key: "rootCA", label: "CA file path", kind: "string", isAdvanced: true },
  ],
  check: (config) => {
    const problems: ConnectorProblem[] = [];
    const hostName = valueAtPath(config, ["hostName"]);
    if (typeof hostName === "string" && hostName.includes("/")) {
      problems.push({
        key: "hostName",
        message: "Enter only the host name, with no scheme or path.",
      });
    }
    if (isSet(config, "rootCA") && !isSet(config, "hostName")) {
      problems.push({
        key: "rootCA",
        message: "A CA applies only to a GitHub Enterprise host: enter it.",
      });
    }
    const domain = valueAtPath(config, ["preferredEmailDomain"]);
    if (typeof domain === "string" && domain.trim().endsWith("*")) {
      problems.push({
        key: "preferredEmailDomain",
        message: "Dex refuses a domain ending with *.",
      });
    }
    return problems;
  },
};
