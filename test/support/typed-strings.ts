import { z } from "zod";

import { setAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { isMapping } from "@/lib/tree/tree";

/** The part of `schema` that describes `path`, or undefined where the schema stops (z.custom). */
function schemaAt(schema: z.ZodType, path: TreePath): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const step of path) {
    if (node instanceof z.ZodObject) node = node.shape[step] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else return undefined;
  }
  return node;
}

/** Whether the string at `path` is picked from a list (an enum or a literal) rather than typed. */
function isPicked(schema: z.ZodType, path: TreePath): boolean {
  const node = schemaAt(schema, path);
  return node instanceof z.ZodEnum || node instanceof z.ZodLiteral;
}

/**
 * The path of every string in `config` an admin types: every string leaf, found by walking the
 * data rather than listed by hand, except those `schema` makes a choice from a list.
 */
export function typedStringPaths(config: unknown, schema: z.ZodType): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (node: unknown, path: TreePath) => {
    if (typeof node === "string") {
      if (!isPicked(schema, path)) paths.push(path);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
    } else if (isMapping(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(config, []);
  return paths;
}

/** A copy of `config` with each text at its path; the original is untouched. */
export function withTextsAt<T>(config: T, texts: readonly (readonly [TreePath, string])[]): T {
  const copy = structuredClone(config);
  for (const [path, text] of texts) setAtPath(copy, path, text);
  return copy;
}

/** A copy of `config` with `text` at `path`; the original is untouched. */
export function withTextAt<T>(config: T, path: TreePath, text: string): T {
  return withTextsAt(config, [[path, text]]);
}
