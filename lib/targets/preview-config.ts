import { placesMatching } from "@/lib/paths/patterns";
import { maskSecrets } from "@/lib/schemas/secret-paths";
import type { TargetConfig } from "@/lib/schemas/targets";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { abbreviateDataUri } from "@/lib/validation/logo";

import { DOMAIN_MARKER, HUB_API_SERVER_MARKER } from "./value-markers";

// What the preview shows of a configuration, apart from the YAML code that writes it: the page
// compares it to tell whether a change shows at all (`use-preview.ts`), with no YAML loaded.

/** Where users with a password hashed in the browser sit. */
const HASHED_USERS = [
  ["identity", "localUsers", "*"],
  ["registry", "users", "*"],
] as const;

/**
 * `config` (a copy the caller owns) with the hash of every user who has a password or a hash
 * masked, computed or not: a bcrypt hash of a weak typed password can be cracked from a
 * screenshot, and a hash landing after its password changes nothing on screen.
 */
function withHashesMasked<C extends TargetConfig>(config: C): C {
  for (const pattern of HASHED_USERS) {
    for (const { value } of placesMatching(config, pattern)) {
      const user = value as { password?: unknown; hash?: unknown };
      if (user.password !== "" || user.hash !== "") user.hash = SECRET_MASK;
    }
  }
  return config;
}

/** A configuration whose embedded logos are shortened to a note of their size. */
function withAbbreviatedLogos<C extends TargetConfig>(config: C): C {
  const { branding } = config.canvas;
  return {
    ...config,
    canvas: {
      ...config.canvas,
      branding: {
        primaryLogo: abbreviateDataUri(branding.primaryLogo),
        secondaryLogo: abbreviateDataUri(branding.secondaryLogo),
      },
    },
  };
}

/** A configuration whose missing domain and hub API server show as markers where they land. */
function withMarkers<C extends TargetConfig>(config: C): C {
  const marked = { ...config, global: { ...config.global } };
  if (marked.global.domain.trim() === "") marked.global.domain = DOMAIN_MARKER;
  if ("hubApiServer" in marked.fleet && marked.fleet.hubApiServer.trim() === "") {
    return { ...marked, fleet: { ...marked.fleet, hubApiServer: HUB_API_SERVER_MARKER } };
  }
  return marked;
}

/**
 * A configuration being edited (it may not be valid yet) as the preview shows it: secrets and
 * password hashes masked unless revealed, a missing domain or hub API server as a marker where
 * it lands, and embedded logos abbreviated.
 */
export function previewConfig<C extends TargetConfig>(
  config: C,
  options: { revealSecrets: boolean },
): C {
  // Logos are shortened before masking copies the configuration, so no embedded image is copied.
  const light = withAbbreviatedLogos(config);
  return withMarkers(options.revealSecrets ? light : withHashesMasked(maskSecrets(light)));
}
