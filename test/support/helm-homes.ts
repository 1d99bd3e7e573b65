import path from "node:path";

/**
 * The environment for a Helm whose cache, config and data homes are under `dir`, so a test's Helm
 * never reads or writes the user's own (repositories, registry logins, plugins).
 */
export function helmHomesEnv(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HELM_CACHE_HOME: path.join(dir, "cache"),
    HELM_CONFIG_HOME: path.join(dir, "config"),
    HELM_DATA_HOME: path.join(dir, "data"),
  };
}
