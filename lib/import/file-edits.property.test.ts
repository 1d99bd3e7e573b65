/**
 * Edits written into imported files of any shape: random files (Easel's own output for a random
 * configuration, with any set of its sections missing, keys of the file's own inside mappings and
 * list items, and comments), filled into the form, edited at random and exported. Every list item
 * the export holds is what a fresh render of the edited form writes for it, plus only the file's
 * own keys; the file's comments and keys outside the lists survive.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPair, isScalar, parse, parseDocument, visit } from "yaml";

import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import type { ConfigOf, TargetConfig } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { isMapping, isTree } from "@/lib/tree/tree";
import { renderYaml } from "@/lib/yaml/stringify";
import { applyValuesEdits, valuesEqual } from "@/lib/yaml/values-edits";
import { configArbitrary } from "@/test/support/config-arbitrary";

import { importValues, renderOverImported } from "./import-values";
import { identityOf } from "./item-identity";

const RUNS_PER_TARGET = 60;
/** Property runs take seconds on a slow machine; the default five would cut them short. */
const TIMEOUT_MS = 120_000;
/** Keys only the file has are named so the test can tell them from Easel's. */
const OWN_KEY = "x-own-key-";

type Path = (string | number)[];

/** Paths of the sections outside list items: every mapping and every list, under its key. */
function sectionPaths(node: unknown, path: Path = []): Path[] {
  if (!isMapping(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(isMapping(value) || Array.isArray(value) ? [[...path, key]] : []),
    ...(Array.isArray(value) ? [] : sectionPaths(value, [...path, key])),
  ]);
}

/** Paths of every mapping, list items' included, where the file may hold a key of its own. */
function mappingPaths(node: unknown, path: Path = []): Path[] {
  if (Array.isArray(node))
    return node.flatMap((item, index) => mappingPaths(item, [...path, index]));
  if (!isMapping(node)) return [];
  return [
    path,
    ...Object.entries(node).flatMap(([key, value]) => mappingPaths(value, [...path, key])),
  ];
}

function pick<T>(items: readonly T[], indexes: readonly number[]): T[] {
  if (items.length === 0) return [];
  return [...new Set(indexes.map((index) => items[index % items.length] as T))];
}

/** The file: the sections dropped, the file's own keys added, comments on keys outside lists. */
/** A comment the file holds, and the key it sits on. */
type FileComment = { text: string; path: Path };

function importedFile(values: object, shape: FileShape): { text: string; comments: FileComment[] } {
  const dropped = pick(sectionPaths(values), shape.dropped).map((path) => ({
    kind: "delete" as const,
    path,
  }));
  const trimmed = applyValuesEdits(values, dropped);
  const ownKeys = pick(mappingPaths(trimmed), shape.ownKeys).map((path, index) => ({
    kind: "set" as const,
    path: [...path, `${OWN_KEY}${index}`],
    value: index % 2 === 0 ? `own value ${index}` : { nested: index },
  }));
  const document = parseDocument(renderYaml(applyValuesEdits(trimmed, ownKeys), {}));
  const comments: FileComment[] = [];
  let seen = 0;
  visit(document, {
    Seq: () => visit.SKIP,
    Pair: (_, pair, ancestors) => {
      seen += 1;
      if (!shape.comments.includes(seen % 17) || !isScalar(pair.key)) return;
      const comment = ` the file's note ${comments.length}`;
      pair.key.commentBefore = comment;
      const keys = [...ancestors.filter(isPair), pair].map((item) =>
        String(isScalar(item.key) ? item.key.value : item.key),
      );
      comments.push({ text: `#${comment}`, path: keys });
    },
  });
  return { text: document.toString(), comments };
}

type FileShape = { dropped: number[]; ownKeys: number[]; comments: number[] };

const fileShape: fc.Arbitrary<FileShape> = fc.record({
  dropped: fc.array(fc.nat(), { maxLength: 6 }),
  ownKeys: fc.array(fc.nat(), { maxLength: 6 }),
  comments: fc.array(fc.nat({ max: 16 }), { maxLength: 4 }),
});

/** The form's sections an admin may change: each second-level key of the configuration. */
function sectionKeys(config: TargetConfig): [string, string][] {
  return Object.entries(config).flatMap(([section, value]) =>
    isMapping(value) ? Object.keys(value).map((key): [string, string] => [section, key]) : [],
  );
}

/** The imported form with some sections of `other` taken in, and every empty secret filled. */
function editedConfig<C extends TargetConfig>(read: C, other: C, taken: readonly number[]): C {
  const edited = structuredClone(read) as unknown as Record<string, Record<string, unknown>>;
  const source = other as unknown as Record<string, Record<string, unknown>>;
  for (const [section, key] of pick(sectionKeys(read), taken)) {
    const into = edited[section];
    if (into && source[section]) into[key] = structuredClone(source[section][key]);
  }
  fillEmpty(edited, source);
  return edited as unknown as C;
}

/** What the form asks for after an import (secrets the file lacked, a missing domain): given. */
function fillEmpty(into: unknown, from: unknown): void {
  if (!isTree(into) || !isTree(from)) return;
  for (const [key, value] of Object.entries(into)) {
    const given = (from as Record<string, unknown>)[key];
    if (value === "" && typeof given === "string") (into as Record<string, unknown>)[key] = given;
    else if (isTree(value)) fillEmpty(value, given);
  }
}

/**
 * The item of `list` that `item` is: the one of the same identity, else (a renamed item, or one
 * without identity) the one at `index`.
 */
function sameItem(list: unknown, item: unknown, index: number): unknown {
  if (!Array.isArray(list)) return undefined;
  const identity = identityOf(item);
  const found = list.find(
    (candidate) => identity !== undefined && identityOf(candidate) === identity,
  );
  return found ?? list[index];
}

function childOf(node: unknown, key: string): unknown {
  return isMapping(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

type OwnKeys = { file: unknown; baseline: unknown };

/**
 * Checks that `exported` is `fresh` plus keys of the file's own: keys Easel did not write for what
 * it read (in the file, not in the baseline), the ones this test adds among them.
 */
function expectFreshPlusOwn(exported: unknown, fresh: unknown, own: OwnKeys, where: string) {
  if (Array.isArray(fresh) && Array.isArray(exported)) {
    expect(exported.length, where).toBe(fresh.length);
    exported.forEach((item, index) => {
      const below = {
        file: sameItem(own.file, item, index),
        baseline: sameItem(own.baseline, item, index),
      };
      expectFreshPlusOwn(item, fresh[index], below, `${where}[${index}]`);
    });
    return;
  }
  if (!isMapping(fresh) || !isMapping(exported)) {
    expect(exported, where).toEqual(fresh);
    return;
  }
  for (const [key, value] of Object.entries(fresh)) {
    expect(Object.hasOwn(exported, key), `${where}.${key} is missing`).toBe(true);
    const below = { file: childOf(own.file, key), baseline: childOf(own.baseline, key) };
    expectFreshPlusOwn(exported[key], value, below, `${where}.${key}`);
  }
  for (const key of Object.keys(exported).filter((name) => !Object.hasOwn(fresh, name))) {
    const isOwn =
      key.startsWith(OWN_KEY) ||
      (childOf(own.file, key) !== undefined && childOf(own.baseline, key) === undefined);
    expect(isOwn, `${where}.${key} is neither Easel's nor the file's own`).toBe(true);
  }
}

/** Every list of mappings in `fresh`, by path, with the same list in `exported` when it has one. */
function listPairs(fresh: unknown, exported: unknown, path: TreePath = []) {
  const pairs: { path: TreePath; fresh: unknown[]; exported: unknown }[] = [];
  if (Array.isArray(fresh)) {
    if (fresh.some(isMapping)) pairs.push({ path, fresh, exported });
    return pairs;
  }
  if (!isMapping(fresh) || !isMapping(exported)) return pairs;
  for (const [key, value] of Object.entries(fresh)) {
    if (Object.hasOwn(exported, key))
      pairs.push(...listPairs(value, exported[key], [...path, key]));
  }
  return pairs;
}

/**
 * Whether `item` is one only the file has: a list item of an identity the form did not read (a
 * volume whose connector the file lacks), which stays as the file has it.
 */
function isOwnItem(item: unknown, list: TreePath, imported: OwnKeys): boolean {
  const identity = identityOf(item);
  const inFile = sameItem(valueAtPath(imported.file, list), item, -1);
  return (
    identity !== undefined &&
    inFile !== undefined &&
    valuesEqual(item, inFile) &&
    sameItem(valueAtPath(imported.baseline, list), item, -1) === undefined
  );
}

/** Checks every list item of the export against the fresh render (see the file's comment). */
function expectWholeItems(exported: unknown, fresh: unknown, imported: OwnKeys) {
  for (const list of listPairs(fresh, exported)) {
    const where = list.path.join(".");
    expect(Array.isArray(list.exported), where).toBe(true);
    const freshIdentities = new Set(list.fresh.map(identityOf));
    const items = (list.exported as unknown[]).filter(
      (item) => freshIdentities.has(identityOf(item)) || !isOwnItem(item, list.path, imported),
    );
    expect(items.map(identityOf), where).toEqual(list.fresh.map(identityOf));
    items.forEach((item, index) => {
      const own = {
        file: sameItem(valueAtPath(imported.file, list.path), item, index),
        baseline: sameItem(valueAtPath(imported.baseline, list.path), item, index),
      };
      expectFreshPlusOwn(item, list.fresh[index], own, `${where}[${index}]`);
    });
  }
}

function checkTarget<T extends TargetId>(target: T) {
  const forms = targetModule(target);
  const configs = configArbitrary(target);
  const edits = fc.array(fc.nat(), { maxLength: 5 });
  fc.assert(
    fc.property(configs, configs, fileShape, edits, (written, other, shape, taken) => {
      const { text, comments } = importedFile(forms.buildValues(written), shape);
      const reading = importValues(forms, "values.yaml", text, written);
      if ("problem" in reading) throw new Error(reading.problem);
      const config = editedConfig(reading.config, other, taken) as ConfigOf<T>;
      const fresh = forms.buildValues(config);
      const output = renderOverImported(reading.imported, fresh);
      const { values: file, baseline } = reading.imported;
      const exported: unknown = parse(output);
      try {
        expectWholeItems(exported, fresh, { file, baseline });
      } catch (error) {
        // The shrunk case's files, to see what went wrong without replaying it.
        throw new Error(`${String(error)}\n--- imported:\n${text}\n--- exported:\n${output}`);
      }
      // A key the admin's edit removed takes its comment along; every other comment stays.
      for (const comment of comments) {
        if (valueAtPath(exported, comment.path) !== undefined) {
          expect(output, comment.path.join(".")).toContain(comment.text);
        }
      }
    }),
    { numRuns: RUNS_PER_TARGET },
  );
}

describe("edits written into an imported file of any shape", () => {
  it.each(TARGET_IDS)(
    "[%s] leave every list item whole, the file's own keys and comments kept",
    (target) => {
      checkTarget(target);
    },
    TIMEOUT_MS,
  );
});
