import { formatPath, parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";

import type { Finding } from "./finding";
import { nearestKnown } from "./nearest";

/** A chart key that takes one of a few values, and those values, with where they are said. */
type KnownEnum = { path: string; values: readonly string[] };

const KNOWN_ENUMS: readonly KnownEnum[] = [
  // The only value the docs give.
  { path: "global.kubernetesProvider", values: ["GKE-Ingress"] },
  { path: "global.metrics.agentType", values: ["prometheus-agent-minimal", "prometheus-agent"] },
  { path: "global.featureFlags.versioningType", values: ["basic", "semantic"] },
  // A Kubernetes probe's scheme and an Ingress path's type, as Kubernetes spells them.
  { path: "zot.httpGet.scheme", values: ["HTTP", "HTTPS"] },
  {
    path: "canvas.ingress.paths[i].pathType",
    values: ["Prefix", "Exact", "ImplementationSpecific"],
  },
  { path: "zot.service.type", values: ["ClusterIP", "NodePort", "LoadBalancer"] },
];

/** Every concrete path `pattern` (`a[i].b`) takes in `values`, with the value there. */
function matches(values: unknown, pattern: string): { path: TreePath; value: unknown }[] {
  const [first = "", ...afterItems] = pattern.split("[i]").map((part) => part.replace(/^\./, ""));
  const stepsOf = (part: string): TreePath => (part === "" ? [] : parsePath(part));
  let found = [{ path: stepsOf(first), value: valueAtPath(values, stepsOf(first)) }];
  for (const part of afterItems) {
    const inner = stepsOf(part);
    found = found.flatMap(({ path, value }) =>
      Array.isArray(value)
        ? value.map((item, index) => ({
            path: [...path, index, ...inner],
            value: valueAtPath(item, inner),
          }))
        : [],
    );
  }
  return found;
}

/**
 * A value given to a key that takes a few known values, close to one of them but not it
 * (`GKE-ingress`, `http`): the chart compares exactly, so the setting is not the one meant.
 */
export function nearEnumFindings(
  values: unknown,
  lineOf: (path: TreePath) => { line: number; column: number },
): Finding[] {
  return KNOWN_ENUMS.flatMap((known) =>
    matches(values, known.path).flatMap(({ path, value }) => {
      if (typeof value !== "string") return [];
      const suggestion = nearestKnown(value, known.values);
      if (suggestion === undefined) return [];
      return [
        {
          severity: "error" as const,
          path: formatPath(path),
          ...lineOf(path),
          rule: "near-enum",
          message: `"${value}" is not a value ${formatPath(path)} takes: did you mean "${suggestion}"? The chart compares it exactly.`,
        },
      ];
    }),
  );
}
