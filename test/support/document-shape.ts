import { isMapping } from "@/lib/tree/tree";

/** A list item in a shape path: which item does not change the shape. */
export const ANY_ITEM = "[]";

/** A key of a mapping whose keys are the admin's data: which key does not change the shape. */
export const ANY_KEY = "*";

/**
 * Mappings whose keys are the admin's data rather than chart or Kubernetes keys, as shape paths:
 * the Secrets' `data` (keys are Secret keys the admin names), impersonation maps (emails and
 * groups) and the Canvas Ingress annotations.
 */
export const DATA_MAPPINGS: readonly (readonly string[])[] = [
  ["data"],
  ["canvas", "impersonationProxy", "userMap"],
  ["canvas", "impersonationProxy", "groupMap"],
  ["canvas", "impersonationProxy", "dexGroupMap"],
  ["canvas", "ingress", "annotations"],
];

const DATA_MAPPING_KEYS = new Set(DATA_MAPPINGS.map((path) => JSON.stringify(path)));

/**
 * The shape of a parsed document: the path of every mapping key, once per occurrence and sorted,
 * each list item as `[]` and each key of a data mapping as `*`; paths are JSON, so that keys
 * holding dots stay whole. Two documents of one shape differ only in their scalars and in how
 * many scalars their lists hold.
 */
export function documentShape(document: unknown): string[] {
  const shape: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, [...path, ANY_ITEM]);
    } else if (isMapping(node)) {
      const isData = DATA_MAPPING_KEYS.has(JSON.stringify(path));
      for (const [key, child] of Object.entries(node)) {
        if (child === undefined) continue;
        const childPath = [...path, isData ? ANY_KEY : key];
        shape.push(JSON.stringify(childPath));
        walk(child, childPath);
      }
    }
  };
  walk(document, []);
  return shape.sort();
}

/** `shape` without the paths within any of `exempt` (shape paths, as arrays). */
export function shapeWithout(shape: readonly string[], exempt: readonly string[][]): string[] {
  return shape.filter((entry) => {
    const path = JSON.parse(entry) as string[];
    return !exempt.some((prefix) => prefix.every((step, index) => path[index] === step));
  });
}
