import type { InstallFileName } from "@/lib/downloads/install-files";
import { isSamePath } from "@/lib/paths/tree-path";
import { SECRET_PATHS, secretValues, type SecretPath } from "@/lib/schemas/secret-paths";

/** What the admin saved or loaded: one install file, the bundle, or a profile with its secrets. */
export type SecretKeeper = InstallFileName | "bundle" | "profile";

/** The secrets that go into secrets.yaml rather than values.yaml. */
const SECRETS_FILE_PATHS: readonly SecretPath[] = [
  ["identity", "connectors", "*", "serviceAccountKey"],
  ["fleet", "spokes", "*", "kubeconfigFile"],
  ["integrations", "palette", "apiKey"],
  ["integrations", "huggingFace", "token"],
  ["integrations", "ngc", "token"],
];

/**
 * The secrets each saved file carries. values.yaml carries local users' and Zot users' passwords
 * as their hashes: downloading it is what the admin meant to keep of them.
 */
const KEPT_BY: Record<SecretKeeper, readonly SecretPath[]> = {
  "values.yaml": SECRET_PATHS.filter(
    (path) => !SECRETS_FILE_PATHS.some((inFile) => isSamePath(inFile, path)),
  ),
  "secrets.yaml": SECRETS_FILE_PATHS,
  "install.sh": [],
  bundle: SECRET_PATHS,
  profile: SECRET_PATHS,
};

/** The non-empty secret values of `config` that saving or loading `keeper` holds. */
export function keptSecretValues(config: unknown, keeper: SecretKeeper): string[] {
  return secretValues(config, KEPT_BY[keeper]);
}

/**
 * Whether `config` holds a secret value that leaving the page would lose: one not in `kept`, the
 * values last saved in a downloaded file or loaded from one. A changed secret is a new value, so it
 * counts again until saved.
 */
export function hasUnkeptSecrets(config: unknown, kept: ReadonlySet<string>): boolean {
  return secretValues(config).some((value) => !kept.has(value));
}
