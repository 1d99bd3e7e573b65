import { isTree } from "@/lib/forms/tree";

/**
 * Where secrets sit in a target configuration. `*` stands for every item of a list. The same list
 * masks the preview and, later, keeps secrets out of saved drafts.
 */
export const SECRET_PATHS = [
  "global.auditLogging.password",
  "global.metrics.password",
  "canvas.sessionSecret",
  "identity.clients.muralSecret",
  "identity.clients.kubernetesSecret",
  "identity.localUsers.*.password",
  "identity.localUsers.*.passwordConfirmation",
  "registry.users.*.password",
  "identity.connectors.*.config.clientSecret",
  "identity.connectors.*.config.bindPW",
  "identity.connectors.*.config.clientKey",
  "identity.connectors.*.serviceAccountKey",
  "fleet.spokes.*.kubeconfigFile",
  "integrations.palette.apiKey",
  "integrations.huggingFace.token",
  "integrations.ngc.token",
] as const;

export const SECRET_MASK = "••••••••";

export type SecretPath = (typeof SECRET_PATHS)[number];

function visitAt(
  node: unknown,
  keys: readonly string[],
  visit: (parent: Record<string, unknown>, key: string, value: string) => void,
): void {
  const [key, ...rest] = keys;
  if (key === undefined || !isTree(node)) return;
  const children = key === "*" ? Object.keys(node) : [key];
  for (const child of children) {
    const value = node[child];
    if (rest.length > 0) visitAt(value, rest, visit);
    else if (typeof value === "string") visit(node, child, value);
  }
}

/** A copy of `config` with every secret passed through `replace`; the original is untouched. */
export function replaceSecrets<T>(config: T, replace: (value: string) => string): T {
  const copy = structuredClone(config);
  for (const path of SECRET_PATHS) {
    visitAt(copy, path.split("."), (parent, key, value) => (parent[key] = replace(value)));
  }
  return copy;
}

/** The non-empty secret values of `config` at `paths` (every secret path unless told), unchanged. */
export function secretValues(
  config: unknown,
  paths: readonly SecretPath[] = SECRET_PATHS,
): string[] {
  const found: string[] = [];
  for (const path of paths) {
    visitAt(config, path.split("."), (_parent, _key, value) => {
      if (value !== "") found.push(value);
    });
  }
  return found;
}

/** A copy of `config` safe to show: every non-empty secret becomes the same mask. */
export function maskSecrets<T>(config: T): T {
  return replaceSecrets(config, (value) => (value === "" ? value : SECRET_MASK));
}

/** A copy of `config` with every secret emptied, for anything kept outside the form's memory. */
export function withoutSecrets<T>(config: T): T {
  return replaceSecrets(config, () => "");
}
