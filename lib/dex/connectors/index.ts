import { GITHUB_CONNECTOR } from "./github";
import { GITLAB_CONNECTOR } from "./gitlab";
import { GOOGLE_CONNECTOR } from "./google";
import { LDAP_CONNECTOR } from "./ldap";
import { MICROSOFT_CONNECTOR } from "./microsoft";
import { type ConnectorType } from "./names";
import { OAUTH_CONNECTOR } from "./oauth";
import { OIDC_CONNECTOR } from "./oidc";
import { SAML_CONNECTOR } from "./saml";
import type { ConnectorTypeSpec } from "./types";

export { CONNECTOR_TYPES, type ConnectorType } from "./names";

export const CONNECTOR_SPECS: Record<ConnectorType, ConnectorTypeSpec> = {
  oidc: OIDC_CONNECTOR,
  google: GOOGLE_CONNECTOR,
  ldap: LDAP_CONNECTOR,
  saml: SAML_CONNECTOR,
  github: GITHUB_CONNECTOR,
  gitlab: GITLAB_CONNECTOR,
  microsoft: MICROSOFT_CONNECTOR,
  oauth: OAUTH_CONNECTOR,
};
