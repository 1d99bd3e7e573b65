import { formatPath } from "@/lib/paths/notation";
import type { TreePath } from "@/lib/paths/tree-path";

/** Keys whose values are credentials in a values file, wherever they sit. */
const SECRET_KEY = /(password|secret|token|apikey|bindpw|hash|privatekey|htpasswd)$/i;

/**
 * Whether `name`, a key or a path in the docs' notation (`dex.config.staticPasswords[0].hash`),
 * ends in a key that holds a credential, or lies among HTTP headers.
 */
export function isSecretName(name: string): boolean {
  const last =
    name
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? "";
  return SECRET_KEY.test(last) || name.includes("httpHeaders");
}

/** Whether a values path ends in a key that holds a credential, or lies among HTTP headers. */
export function isSecretPath(path: TreePath): boolean {
  return isSecretName(formatPath(path));
}
