import { maskSecrets } from "@/lib/schemas/secret-paths";
import type { ConfigOf, TargetConfig } from "@/lib/schemas/targets";
import { abbreviateDataUri } from "@/lib/validation/logo";
import { renderYaml } from "@/lib/yaml/stringify";

import type { TargetId } from "./catalog";
import type { ValuesRenderer } from "./target-module";
import { DOMAIN_MARKER, HUB_API_SERVER_MARKER } from "./value-markers";

/** The values.yaml to download, from a configuration that passed the module's schema. */
export function renderValuesFile<T extends TargetId>(
  module: ValuesRenderer<T>,
  config: ConfigOf<T>,
  generatedAt: Date,
): string {
  return renderYaml(module.buildValues(config), { header: module.fileHeader(config, generatedAt) });
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
 * A configuration being edited (it may not be valid yet) as the preview shows it: secrets masked
 * unless revealed, a missing domain or hub API server as a marker where it lands, and embedded
 * logos abbreviated.
 */
export function previewConfig<C extends TargetConfig>(
  config: C,
  options: { revealSecrets: boolean },
): C {
  // Logos are shortened before masking copies the configuration, so no embedded image is copied.
  const light = withAbbreviatedLogos(config);
  return withMarkers(options.revealSecrets ? light : maskSecrets(light));
}

/** The values.yaml preview of a configuration being edited. */
export function renderPreview<T extends TargetId>(
  module: ValuesRenderer<T>,
  config: ConfigOf<T>,
  options: { revealSecrets: boolean },
): string {
  return renderYaml(module.buildValues(previewConfig(config, options)), {
    header: module.fileHeader(config),
  });
}
