import { valueLeaves } from "@/lib/paths/leaves";
import { formatPath, parsePath } from "@/lib/paths/notation";
import { setAtPath, valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";

/** What builds the chart's values from a configuration: a target module's `buildValues`. */
export type BuildValues<C> = (config: C) => object;

/** Each chart leaf's path (docs' notation) with its value as JSON, for comparing two builds. */
function leavesByPath(values: object): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const leaf of valueLeaves(values, [])) {
    leaves.set(formatPath(leaf.path), JSON.stringify(leaf.value) ?? "undefined");
  }
  return leaves;
}

/** Marks a text field's value; letters and digits only, so it stays a valid host name or URL part. */
const TEXT_MARKER = "easelfieldmarkz";

/**
 * Values to try in place of `value` to see where a field lands: a marker for text, the other
 * state of a switch, the next number, or another of a menu's `options`.
 */
export function variantsOf(value: unknown, options: readonly string[] = []): unknown[] {
  if (typeof value === "boolean") return [!value];
  if (typeof value === "number") return [value + 1];
  const others = options.filter((option) => option !== value);
  if (others.length > 0) return others;
  return [TEXT_MARKER];
}

function clone<C>(config: C, path: TreePath, value: unknown): C {
  const copy = structuredClone(config);
  return setAtPath(copy, path, value) as C;
}

/**
 * The chart paths (`canvas.ingress.domain`) a form field writes: the values are built with the
 * field as it is and with a variant of it (`variantsOf`), and every chart leaf that differs is
 * the field's. The first variant the builder takes and that changes something wins. A field that
 * lands nowhere gives no path.
 */
export function chartPathsOfField<C>(
  build: BuildValues<C>,
  config: C,
  fieldName: string,
  options: readonly string[] = [],
): TreePath[] {
  const path = parsePath(fieldName);
  let base: Map<string, string>;
  try {
    base = leavesByPath(build(config));
  } catch {
    return [];
  }
  for (const variant of variantsOf(valueAtPath(config, path), options)) {
    let changed: Map<string, string>;
    try {
      changed = leavesByPath(build(clone(config, path, variant)));
    } catch {
      continue; // A builder that refuses this variant may take the next one.
    }
    const differing = [...base].filter(([key, json]) => changed.get(key) !== json);
    if (differing.length > 0) return differing.map(([key]) => parsePath(key));
  }
  return [];
}

const FIELD_MARKER = /easelfield(\d+)z/g;

/**
 * Which text field writes each chart path: every field of `textFields` holding a string is
 * swapped for a numbered marker in one build, and a chart leaf holding a marker is that field's
 * (the field whose marker is the whole value first: a value typed over a derived one). Text
 * fields only: a menu's value swapped for a marker could change what the builder writes. A
 * builder refusing the marked configuration gives an empty map.
 */
export function fieldsByChartPath<C>(
  build: BuildValues<C>,
  config: C,
  textFields: readonly string[],
): Map<string, string> {
  const marked = structuredClone(config);
  const names: string[] = [];
  for (const name of textFields) {
    const path = parsePath(name);
    if (typeof valueAtPath(marked, path) !== "string") continue;
    setAtPath(marked, path, `easelfield${names.length}z`);
    names.push(name);
  }
  const fields = new Map<string, string>();
  let values: object;
  try {
    values = build(marked);
  } catch {
    return fields;
  }
  for (const leaf of valueLeaves(values, [])) {
    const text = typeof leaf.value === "string" ? leaf.value : JSON.stringify(leaf.value);
    const found = [...(text ?? "").matchAll(FIELD_MARKER)].map((match) => Number(match[1]));
    if (found.length === 0) continue;
    const whole = found.find((index) => text === `easelfield${index}z`);
    fields.set(formatPath(leaf.path), names[whole ?? (found[0] as number)] as string);
  }
  return fields;
}

/**
 * The field writing `chartPath` in `fields` (from `fieldsByChartPath`): its own, else the nearest
 * enclosing path's (an item of a list written whole), else the first field under it (a mapping's
 * key line stands for what it holds).
 */
export function fieldOfChartPath(
  fields: ReadonlyMap<string, string>,
  chartPath: TreePath,
): string | undefined {
  for (let length = chartPath.length; length > 0; length--) {
    const field = fields.get(formatPath(chartPath.slice(0, length)));
    if (field) return field;
  }
  const prefix = formatPath(chartPath);
  if (prefix === "") return undefined;
  for (const [key, field] of fields) {
    if (key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`)) return field;
  }
  return undefined;
}
