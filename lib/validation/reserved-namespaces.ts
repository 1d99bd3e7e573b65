import { dnsLabelProblem } from "./kubernetes-names";

/**
 * Namespaces Easel never writes to, whatever the configuration or the server's settings say:
 * Kubernetes keeps the first three for itself, and `default` holds whatever was made without a
 * namespace, so a Secret of Easel's there would sit beside objects it knows nothing of.
 */
export const RESERVED_NAMESPACES = [
  "kube-system",
  "kube-public",
  "kube-node-lease",
  "default",
] as const;

/** Whether Easel refuses to write to `namespace` in any case. */
export function isReservedNamespace(namespace: string): boolean {
  return (RESERVED_NAMESPACES as readonly string[]).includes(namespace);
}

/** Why Easel does not write to `namespace`, or undefined when it is not reserved. */
export function reservedNamespaceProblem(namespace: string): string | undefined {
  if (!isReservedNamespace(namespace)) return undefined;
  return `Easel never writes to ${namespace}: kube-system, kube-public, kube-node-lease and default belong to Kubernetes. Choose another namespace.`;
}

/** Why `value` cannot be a namespace Easel writes to (not a valid name, or reserved), or undefined. */
export function writableNamespaceProblem(value: string): string | undefined {
  return dnsLabelProblem(value, "namespace") ?? reservedNamespaceProblem(value);
}
