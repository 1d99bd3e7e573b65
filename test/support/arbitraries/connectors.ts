import fc from "fast-check";

import { isSet } from "@/lib/dex/connectors/common";
import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import { CONNECTOR_SPECS, CONNECTOR_TYPES, type ConnectorType } from "@/lib/dex/connectors/index";
import type { ConnectorField, ConnectorSettings } from "@/lib/dex/connectors/types";
import { parsePath } from "@/lib/paths/notation";
import { setAtPath } from "@/lib/paths/read-write";
import { type Connector } from "@/lib/schemas/sections/connectors";
import { LOCAL_CONNECTOR_ID } from "@/lib/schemas/sections/connectors-model";
import { SERVICE_ACCOUNT_KEY } from "@/test/support/every-secret-config";

import { base64Text, dnsSubdomain, webUrl, wildLine, wildNonBlank, wildNonBlankLine } from "./text";

/** One side of a `key=value` pair: visible, with no `,` or `=` to split it. */
const pairSide = wildLine
  .map((text) => text.replace(/[,=]/g, ""))
  .map((text) => (text.trim() === "" ? `${text}k` : text));

/** A map field's text: `key=value` pairs separated by commas. */
const mapText = fc
  .array(fc.tuple(pairSide, pairSide), { minLength: 1, maxLength: 3 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join(", "));

/** An org's name: visible, with no `;` or `:` to split it. */
const orgName = wildLine
  .map((text) => text.replace(/[;:]/g, ""))
  .map((name) => (name.trim() === "" ? "org" : name));

/** GitHub's `org: team, team; other-org`, each org named before its colon. */
const orgsText = fc
  .array(
    fc.tuple(
      orgName,
      fc.option(
        wildLine.map((teams) => teams.replace(/;/g, "")),
        { nil: undefined },
      ),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((orgs) => orgs.map(([org, teams]) => (teams ? `${org}: ${teams}` : org)).join("; "));

/** Fields whose own type's check asks more than their kind does. */
const FIELD_TEXT: Partial<Record<string, fc.Arbitrary<string>>> = {
  "saml.caData": base64Text(true),
  "ldap.rootCAData": base64Text(true),
  "gitlab.rootCAData": base64Text(false),
  "github.hostName": dnsSubdomain,
  "github.preferredEmailDomain": wildLine.map((text) => text.replace(/\*/g, "")),
  // Easel sets the path itself when the key is uploaded; anything else would mount nothing.
  "google.serviceAccountFilePath": fc.constant(GOOGLE_SERVICE_ACCOUNT_PATH),
};

function fieldValue(type: ConnectorType, field: ConnectorField): fc.Arbitrary<string | boolean> {
  const special = FIELD_TEXT[`${type}.${field.key}`];
  if (special) return special;
  switch (field.kind) {
    case "boolean":
      return fc.boolean();
    case "url":
      return webUrl;
    case "map":
      return mapText;
    case "orgs":
      return orgsText;
    case "enum":
      return fc.constantFrom(...(field.options ?? [""]));
    case "optionalBoolean":
      return fc.constantFrom("true", "false");
    case "base64":
      return base64Text(true);
    default:
      return field.isRequired ? wildNonBlankLine : wildLine;
  }
}

/**
 * Makes the settings agree with the rules of each type's `check`, which span fields: a setting
 * that needs another gets it, and a pair that must come together is completed or dropped.
 */
const AGREE: Partial<Record<ConnectorType, (config: ConnectorSettings) => void>> = {
  google: (config) => {
    if (!isSet(config, "groups") && !isSet(config, "serviceAccountFilePath")) return;
    config.serviceAccountFilePath = GOOGLE_SERVICE_ACCOUNT_PATH;
    if (!isSet(config, "domainToAdminEmail")) config.domainToAdminEmail = "*=admin@acme.io";
  },
  ldap: (config) => {
    if (!isSet(config, "userSearch.emailAttr") && !isSet(config, "userSearch.emailSuffix")) {
      setAtPath(config, ["userSearch", "emailAttr"], "mail");
    }
    if (isSet(config, "bindDN") !== isSet(config, "bindPW")) {
      config.bindDN = "";
      config.bindPW = "";
    }
    const hasMatcher =
      isSet(config, "groupSearch.userMatchers.0.userAttr") ||
      isSet(config, "groupSearch.userMatchers.0.groupAttr");
    if (isSet(config, "groupSearch.baseDN") || hasMatcher) {
      if (!isSet(config, "groupSearch.userMatchers.0.userAttr")) {
        setAtPath(config, ["groupSearch", "userMatchers", 0, "userAttr"], "DN");
      }
      if (!isSet(config, "groupSearch.userMatchers.0.groupAttr")) {
        setAtPath(config, ["groupSearch", "userMatchers", 0, "groupAttr"], "member");
      }
    }
    if (isSet(config, "groupSearch.baseDN") && !isSet(config, "groupSearch.nameAttr")) {
      setAtPath(config, ["groupSearch", "nameAttr"], "cn");
    }
    if (isSet(config, "userSearch.emailSuffix") && !isSet(config, "userSearch.nameAttr")) {
      setAtPath(config, ["userSearch", "nameAttr"], "uid");
    }
    if (isSet(config, "clientCert") !== isSet(config, "clientKey")) {
      config.clientCert = "";
      config.clientKey = "";
    }
  },
  saml: (config) => {
    if (isSet(config, "ca") && isSet(config, "caData")) config.caData = "";
    if (!isSet(config, "ca") && !isSet(config, "caData")) {
      if (!isSet(config, "insecureSkipSignatureValidation")) config.ca = "/etc/dex/saml-ca.pem";
    }
    if (isSet(config, "allowedGroups") && !isSet(config, "groupsAttr"))
      config.groupsAttr = "groups";
  },
  microsoft: (config) => {
    const tenant = typeof config.tenant === "string" ? config.tenant.trim() : "";
    // Dex's multi-tenant names, for which it reads no groups (microsoft.ts keeps its list private).
    const isMultiTenant = ["", "common", "consumers", "organizations"].includes(tenant);
    if ((isSet(config, "groups") || isSet(config, "useGroupsAsWhitelist")) && isMultiTenant) {
      config.tenant = "acme.onmicrosoft.com";
    }
  },
  oidc: (config) => {
    if (isSet(config, "allowedGroups")) config.insecureEnableGroups = true;
  },
  github: (config) => {
    if (isSet(config, "rootCA") && !isSet(config, "hostName")) config.hostName = "github.acme.io";
  },
};

/**
 * A connector of `type` with a random choice of its fields set, required ones always; the id is
 * left for the list to give. With `needsRedirectUri` (no domain to derive it from) the redirect
 * URI is always typed.
 */
function connectorOfType(
  type: ConnectorType,
  needsRedirectUri: boolean,
): fc.Arbitrary<Omit<Connector, "id">> {
  const spec = CONNECTOR_SPECS[type];
  const fields = spec.fields.map((field) => {
    const value = fieldValue(type, field);
    return field.isRequired ? value : fc.option(value, { nil: undefined });
  });
  const redirectUri = needsRedirectUri ? webUrl : fc.option(webUrl, { nil: undefined });
  return fc
    .record({ name: wildNonBlank, values: fc.tuple(...fields), redirectUri })
    .map(({ name, values, redirectUri }) => {
      const config: ConnectorSettings = {};
      spec.fields.forEach((field, index) => {
        if (values[index] !== undefined) setAtPath(config, parsePath(field.key), values[index]);
      });
      if (spec.hasRedirectURI && redirectUri !== undefined) config.redirectURI = redirectUri;
      AGREE[type]?.(config);
      const hasKeyFile = config.serviceAccountFilePath === GOOGLE_SERVICE_ACCOUNT_PATH;
      return { type, name, config, serviceAccountKey: hasKeyFile ? SERVICE_ACCOUNT_KEY : "" };
    });
}

const connectorId = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,12}$/)
  .map((id) => (id === LOCAL_CONNECTOR_ID ? `${id}-2` : id));

/** Dex connectors of every type Easel offers, each id once. */
export function connectorsArbitrary(options: {
  minLength: number;
  maxLength: number;
  needsRedirectUri: boolean;
}): fc.Arbitrary<Connector[]> {
  const anyType = fc.oneof(
    ...CONNECTOR_TYPES.map((type) => connectorOfType(type, options.needsRedirectUri)),
  );
  return fc
    .uniqueArray(fc.tuple(connectorId, anyType), {
      minLength: options.minLength,
      maxLength: options.maxLength,
      selector: ([id]) => id,
    })
    .map((pairs) => pairs.map(([id, connector]) => ({ ...connector, id })));
}
