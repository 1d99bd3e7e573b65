import { placesMatching } from "@/lib/paths/patterns";
import { setAtPath } from "@/lib/paths/read-write";
import type { PatternInto } from "@/lib/paths/typed-paths";
import type { TargetConfig } from "@/lib/schemas/targets";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";

/**
 * Where secrets sit in a target configuration. `*` stands for every item of a list. The same list
 * masks the preview and keeps secrets out of saved drafts. Each pattern is checked against the
 * configuration's type: a misspelt key does not compile.
 */
export const SECRET_PATHS = [
  ["global", "auditLogging", "password"],
  ["global", "metrics", "password"],
  ["canvas", "sessionSecret"],
  ["identity", "clients", "muralSecret"],
  ["identity", "clients", "kubernetesSecret"],
  ["identity", "localUsers", "*", "password"],
  ["identity", "localUsers", "*", "passwordConfirmation"],
  ["registry", "users", "*", "password"],
  ["identity", "connectors", "*", "config", "clientSecret"],
  ["identity", "connectors", "*", "config", "bindPW"],
  ["identity", "connectors", "*", "config", "clientKey"],
  ["identity", "connectors", "*", "serviceAccountKey"],
  ["fleet", "spokes", "*", "kubeconfigFile"],
  ["integrations", "palette", "apiKey"],
  ["integrations", "huggingFace", "token"],
  ["integrations", "ngc", "token"],
] as const satisfies readonly PatternInto<TargetConfig>[];

export type SecretPath = (typeof SECRET_PATHS)[number];

/** A copy of `config` with every secret passed through `replace`; the original is untouched. */
export function replaceSecrets<T>(config: T, replace: (value: string) => string): T {
  const copy = structuredClone(config);
  for (const pattern of SECRET_PATHS) {
    for (const { path, value } of placesMatching(copy, pattern)) {
      if (typeof value === "string") setAtPath(copy, path, replace(value));
    }
  }
  return copy;
}

/** The non-empty secret values of `config` at `paths` (every secret path unless told), unchanged. */
export function secretValues(
  config: unknown,
  paths: readonly SecretPath[] = SECRET_PATHS,
): string[] {
  return paths.flatMap((pattern) =>
    placesMatching(config, pattern).flatMap(({ value }) =>
      typeof value === "string" && value !== "" ? [value] : [],
    ),
  );
}

/** A copy of `config` safe to show: every non-empty secret becomes the same mask. */
export function maskSecrets<T>(config: T): T {
  return replaceSecrets(config, (value) => (value === "" ? value : SECRET_MASK));
}

/** A copy of `config` with every secret emptied, for anything kept outside the form's memory. */
export function withoutSecrets<T>(config: T): T {
  return replaceSecrets(config, () => "");
}
