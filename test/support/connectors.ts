import { GOOGLE_SERVICE_ACCOUNT_PATH } from "@/lib/dex/connectors/google";
import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import type { ConnectorField } from "@/lib/dex/connectors/types";
import { parsePath } from "@/lib/paths/notation";
import { setAtPath } from "@/lib/paths/read-write";
import { type Connector } from "@/lib/schemas/sections/connectors";
import { newConnector } from "@/lib/schemas/sections/connectors-model";

function sampleValue(field: ConnectorField): string | boolean {
  switch (field.kind) {
    case "boolean":
      return true;
    case "url":
      return "https://idp.acme.io";
    case "list":
      return "a, b";
    case "map":
      return "acme.io=admin@acme.io";
    case "enum":
      return field.options?.[0] ?? "";
    case "orgs":
      return "acme: platform, sre; widgets";
    case "base64":
      return "TUlJQw==";
    case "optionalBoolean":
      return "true";
    default:
      return field.key === "serviceAccountFilePath" ? GOOGLE_SERVICE_ACCOUNT_PATH : "value";
  }
}

/** A connector of `type` with every field Easel offers filled in. */
export function everyField(type: Connector["type"]): Connector {
  const connector = newConnector(type, type);
  for (const field of CONNECTOR_SPECS[type].fields) {
    if (type === "saml" && field.key === "caData") continue; // a path or data, not both
    setAtPath(connector.config, parsePath(field.key), sampleValue(field));
  }
  return connector;
}
