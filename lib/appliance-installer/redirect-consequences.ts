import { formatPath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import { isMapping } from "@/lib/tree/tree";

import type { Consequence } from "./consequence";
import type { LocalUiSettings } from "./local-ui-settings";

/**
 * The default file's domain placeholder: the guide says the installer replaces such placeholders
 * itself, so a redirect URI still naming it is not left behind.
 */
const DOMAIN_PLACEHOLDER = "replace.with.your.domain";

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** How a connector is named to a person: its id, and its display name when it has one. */
export function connectorLabel(connector: Record<string, unknown>, index: number): string {
  const id =
    typeof connector.id === "string" && connector.id !== "" ? connector.id : `#${index + 1}`;
  const name = typeof connector.name === "string" && connector.name !== "" ? connector.name : "";
  return name === "" || name === id ? `"${id}"` : `"${id}" (${name})`;
}

/**
 * Each Dex connector whose redirect URI names a host other than the root domain. With a root
 * domain set, the installer sets `dex.config.issuer` to `https://<root-domain>/dex`, and Dex
 * receives a provider's answer at `<issuer>/callback`; a connector still sending users to another
 * host (typically the domain the customer had before) sends them away from this appliance's Dex.
 */
export function redirectConsequences(final: unknown, settings: LocalUiSettings): Consequence[] {
  const rootDomain = settings.rootDomain.toLowerCase();
  if (rootDomain === "") return [];
  const connectors = valueAtPath(final, ["dex", "config", "connectors"]);
  if (!Array.isArray(connectors)) return [];
  const callback = `https://${settings.rootDomain}/dex/callback`;
  return connectors.flatMap((connector: unknown, index) => {
    if (!isMapping(connector)) return [];
    const redirect = valueAtPath(connector, ["config", "redirectURI"]);
    if (typeof redirect !== "string") return [];
    const host = hostOf(redirect);
    if (host === undefined || host === rootDomain || host === DOMAIN_PLACEHOLDER) return [];
    return [
      {
        kind: "connector-redirect-old-domain",
        path: formatPath(["dex", "config", "connectors", index, "config", "redirectURI"]),
        message:
          `Connector ${connectorLabel(connector, index)} sends users back to ${redirect}. ` +
          `The installer sets dex.config.issuer to https://${settings.rootDomain}/dex from the root ` +
          `domain, so Dex waits for that answer on ${settings.rootDomain}: after signing in at the ` +
          `provider, users are redirected to ${host} instead.`,
        fix: `Set it to ${callback}, the form of the appliance guide's connector example.`,
      },
    ];
  });
}
