// What the form shows of each connector type before anything else of it is needed: the type
// picker, a row's legend and a new connector's id and name. The rest of a type's description
// (its settings and Dex's rules, `./index.ts`) loads with the first connector shown.

/** The connector types Easel configures, in the order the type picker lists them. */
export const CONNECTOR_TYPES = [
  "oidc",
  "google",
  "ldap",
  "saml",
  "github",
  "gitlab",
  "microsoft",
  "oauth",
] as const;

export type ConnectorType = (typeof CONNECTOR_TYPES)[number];

export type ConnectorNames = {
  type: ConnectorType;
  label: string;
  /** A new connector's id and display name. */
  defaultId: string;
  defaultName: string;
};

export const CONNECTOR_NAMES: { [T in ConnectorType]: ConnectorNames & { type: T } } = {
  oidc: {
    type: "oidc",
    label: "OpenID Connect (Cognito, Okta, Keycloak, …)",
    defaultId: "oidc",
    defaultName: "Single sign-on",
  },
  google: {
    type: "google",
    label: "Google Workspace",
    defaultId: "google",
    defaultName: "Google Workspace",
  },
  ldap: { type: "ldap", label: "LDAP / Active Directory", defaultId: "ldap", defaultName: "LDAP" },
  saml: { type: "saml", label: "SAML 2.0", defaultId: "saml", defaultName: "SAML" },
  github: { type: "github", label: "GitHub", defaultId: "github", defaultName: "GitHub" },
  gitlab: { type: "gitlab", label: "GitLab", defaultId: "gitlab", defaultName: "GitLab" },
  microsoft: {
    type: "microsoft",
    label: "Microsoft Entra ID",
    defaultId: "microsoft",
    defaultName: "Microsoft",
  },
  oauth: { type: "oauth", label: "Generic OAuth 2.0", defaultId: "oauth", defaultName: "OAuth" },
};
