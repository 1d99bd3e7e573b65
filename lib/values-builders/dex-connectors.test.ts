import { describe, expect, it } from "vitest";

import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import { CONNECTOR_SPECS, CONNECTOR_TYPES } from "@/lib/dex/connectors/index";
import { connectorSchema, type Connector } from "@/lib/schemas/sections/connectors";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { everyField } from "@/test/support/connectors";
import { DEX_CONNECTOR_KEYS } from "@/test/support/dex-connector-keys";
import { validGkeConfig } from "@/test/support/gke-config";
import { issueLines } from "@/test/support/issue-lines";

import { buildDexValues } from "./dex";
import { buildConnectorValues } from "./dex-connectors";

const DOMAIN = "ai.acme.io";

/** Dotted keys of a connector config; list items `[]`, the admin-email map's keys `*`. */
function configKeys(value: unknown, prefix = ""): string[] {
  if (prefix === "domainToAdminEmail") return ["domainToAdminEmail.*"];
  if (Array.isArray(value)) return value.flatMap((item) => configKeys(item, `${prefix}[]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      configKeys(child, prefix === "" ? key : `${prefix}.${key}`),
    );
  }
  return [prefix];
}

describe.each(CONNECTOR_TYPES)("[%s] connector", (type) => {
  const { known, required } = DEX_CONNECTOR_KEYS[type] ?? { known: [], required: [] };

  it("writes only keys Dex reads for the type, required ones included, every field filled", () => {
    const connector = everyField(type);
    expect(issueLines(connectorSchema, connector)).toEqual([]);
    const keys = configKeys(buildConnectorValues(connector, DOMAIN).config);
    expect(keys.filter((key) => !known.includes(key))).toEqual([]);
    expect(
      required.filter((key) => !keys.some((k) => k === key || k.startsWith(`${key}[`))),
    ).toEqual([]);
  });

  it("asks for each required setting at its field, and leaves Dex's defaults unwritten", () => {
    const connector = newConnector(type, type);
    const missing = issueLines(connectorSchema, connector).map((line) => line.split(":")[0]);
    const expected = required.filter((key) => key !== "redirectURI").map((key) => `config.${key}`);
    expect(missing).toEqual(expect.arrayContaining(expected));
    const written = buildConnectorValues(connector, DOMAIN).config;
    const derived = CONNECTOR_SPECS[type].hasRedirectURI
      ? { redirectURI: `https://${DOMAIN}/dex/callback` }
      : {};
    expect(written).toEqual(derived);
  });
});

describe("the docs' connector examples", () => {
  it("enter as the appliance guide's AWS Cognito OIDC connector, key for key", () => {
    const cognito = newConnector("oidc", "aws");
    cognito.name = "AWS Cognito";
    cognito.config = {
      issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf",
      clientID: "4q2example",
      clientSecret: "cognito-client-secret",
      getUserInfo: true,
      userNameKey: "email",
      scopes: "openid, email, profile",
    };
    expect(issueLines(connectorSchema, cognito)).toEqual([]);
    expect(buildConnectorValues(cognito, DOMAIN)).toEqual({
      type: "oidc",
      id: "aws",
      name: "AWS Cognito",
      config: {
        issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf",
        clientID: "4q2example",
        clientSecret: "cognito-client-secret",
        redirectURI: `https://${DOMAIN}/dex/callback`,
        getUserInfo: true,
        userNameKey: "email",
        scopes: ["openid", "email", "profile"],
      },
    });
  });

  it("enter as the GKE guide's Google Workspace connector, with its volume and mount", () => {
    const google = newConnector("google", "google");
    google.config = {
      clientID: "1234.apps.googleusercontent.com",
      clientSecret: "google-client-secret",
      promptType: "consent",
      hostedDomains: "acme.io",
      groups: "admin, sre",
      serviceAccountFilePath: GOOGLE_SERVICE_ACCOUNT_PATH,
      domainToAdminEmail: "acme.io=admin@acme.io",
    };
    expect(issueLines(connectorSchema, google)).toEqual([]);
    const config = validGkeConfig({ domain: DOMAIN });
    config.identity.connectors = [google];
    const dex = buildDexValues(config.identity, DOMAIN);
    expect(dex.config.connectors).toEqual([
      {
        type: "google",
        id: "google",
        name: "Google Workspace",
        config: {
          clientID: "1234.apps.googleusercontent.com",
          clientSecret: "google-client-secret",
          redirectURI: `https://${DOMAIN}/dex/callback`,
          promptType: "consent",
          hostedDomains: ["acme.io"],
          groups: ["admin", "sre"],
          serviceAccountFilePath: "/etc/google/googleAuth.json",
          domainToAdminEmail: { "acme.io": "admin@acme.io" },
        },
      },
    ]);
    expect(dex.volumes).toEqual([
      { name: "tls-cert-vol", secret: { secretName: "mural-dex-serving-cert" } },
      { name: "google-auth-vol", secret: { secretName: "mural-google-service-account" } },
    ]);
    expect(dex.volumeMounts).toEqual([
      { mountPath: "/etc/k8s-webhook-certs", name: "tls-cert-vol", readOnly: true },
      { mountPath: "/etc/google", name: "google-auth-vol", readOnly: true },
    ]);
  });
});

describe("a typed redirect URI", () => {
  it("replaces the derived one", () => {
    const connector = newConnector("github", "gh");
    connector.config = {
      clientID: "id",
      clientSecret: "s",
      redirectURI: "https://login.acme.io/dex/callback",
    };
    expect(buildConnectorValues(connector, DOMAIN).config.redirectURI).toBe(
      "https://login.acme.io/dex/callback",
    );
  });
});

describe("connector rules from Dex's code", () => {
  const lines = (connector: Connector) => issueLines(connectorSchema, connector);

  it.each<[string, Connector, string]>([
    ["the id Dex keeps for local users", newConnector("oidc", "local"), 'id: "local" is the ID'],
    ["an id with a space", newConnector("oidc", "my idp"), "id: Use letters, digits"],
    [
      "LDAP with neither email attribute nor suffix",
      { ...newConnector("ldap", "ldap"), config: { host: "ldap.acme.io" } },
      "config.userSearch.emailAttr: Enter the email attribute",
    ],
    [
      "SAML with no CA and signatures checked",
      newConnector("saml", "saml"),
      "config.ca: Dex needs the CA",
    ],
    [
      "Google groups without the service-account key",
      { ...newConnector("google", "google"), config: { groups: "admin" } },
      "config.groups: Reading groups needs the service-account key",
    ],
    [
      "Microsoft groups on the common tenant",
      { ...newConnector("microsoft", "ms"), config: { groups: "admins" } },
      "config.tenant: Dex reads groups only for a specific tenant",
    ],
    [
      "a GitHub CA without an Enterprise host",
      { ...newConnector("github", "gh"), config: { rootCA: "/etc/ca.pem" } },
      "config.rootCA: A CA applies only to a GitHub Enterprise host",
    ],
    [
      "an issuer that is not a URL",
      { ...newConnector("oidc", "oidc"), config: { issuer: "cognito" } },
      "config.issuer: Enter a full URL",
    ],
    [
      "a malformed admin email map",
      { ...newConnector("google", "google"), config: { domainToAdminEmail: "acme.io" } },
      "config.domainToAdminEmail: Write key=value pairs",
    ],
    [
      "a typed redirect URI that is not a URL",
      { ...newConnector("oidc", "oidc"), config: { redirectURI: "dex/callback" } },
      "config.redirectURI: Enter a full URL",
    ],
    [
      "a service-account key that is not one",
      { ...newConnector("google", "google"), serviceAccountKey: '{"type":"authorized_user"}' },
      "serviceAccountKey: This is a user's credential",
    ],
  ])("reports %s at its field", (_name, connector, expected) => {
    expect(lines(connector).some((line) => line.startsWith(expected))).toBe(true);
  });
});
