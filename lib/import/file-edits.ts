import { isMapping } from "@/lib/forms/tree";
import { diffValues, type ValuesEdit } from "@/lib/yaml/values-edits";

import type { ListAlignment } from "./list-alignment";
import { valueAtPath, type ValuesPath } from "./values-reader";

/** Keys that tell list items apart (connectors, users, spokes), in order of preference. */
const IDENTITY_KEYS = ["id", "userID", "email", "name"] as const;

function identityOf(item: unknown): string | undefined {
  if (!isMapping(item)) return undefined;
  const key = IDENTITY_KEYS.find((candidate) => typeof item[candidate] === "string");
  return key === undefined ? undefined : `${key}=${String(item[key])}`;
}

function listAt(tree: unknown, path: ValuesPath): unknown[] | undefined {
  const list = valueAtPath(tree, path);
  return Array.isArray(list) ? list : undefined;
}

/**
 * A mapping the form empties may hold keys only the file has (an annotation Easel does not edit):
 * those stay, and only the keys the form wrote are deleted.
 */
function keepingFileKeys(edit: ValuesEdit, baseline: unknown, file: unknown): ValuesEdit[] {
  if (edit.kind !== "set" || !isMapping(edit.value) || Object.keys(edit.value).length > 0) {
    return [edit];
  }
  const before = valueAtPath(baseline, edit.path);
  const inFile = valueAtPath(file, edit.path);
  if (!isMapping(before) || !isMapping(inFile)) return [edit];
  if (Object.keys(inFile).every((key) => key in before)) return [edit];
  return Object.keys(before)
    .filter((key) => key in inFile)
    .map((key) => ({ kind: "delete", path: [...edit.path, key] }));
}

function startsWith(path: ValuesPath, prefix: ValuesPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** One list of the file, as the form's items map onto the file's, kept up to date as edits land. */
class AlignedList {
  private indexes: number[];
  private length: number;

  constructor(readonly alignment: ListAlignment) {
    this.indexes = [...alignment.indexes];
    this.length = alignment.length;
  }

  /** The file's index of the form's item `index`; past the end, where an appended item lands. */
  fileIndex(index: number): number {
    return this.indexes[index] ?? this.length + (index - this.indexes.length);
  }

  removed(index: number): void {
    const [fileIndex] = this.indexes.splice(index, 1);
    if (fileIndex === undefined) return;
    this.indexes = this.indexes.map((kept, at) => (at < index ? kept : kept - 1));
    this.length -= 1;
  }

  shows(index: number): boolean {
    return index < this.indexes.length;
  }

  appended(): void {
    this.indexes.push(this.length);
    this.length += 1;
  }

  /** Deletes of every item the form shows, last first; the items it cannot show stay. */
  deleteAll(): ValuesEdit[] {
    const edits: ValuesEdit[] = [];
    for (let index = this.indexes.length - 1; index >= 0; index -= 1) {
      edits.push({ kind: "delete", path: [...this.alignment.path, this.fileIndex(index)] });
      this.removed(index);
    }
    return edits;
  }
}

/** An edit of a list the form shows, or of one of its items, in the file's own indexes. */
function alignedEdits(edit: ValuesEdit, list: AlignedList): ValuesEdit[] {
  const { path } = list.alignment;
  if (edit.path.length === path.length) {
    const items = edit.kind === "set" && Array.isArray(edit.value) ? edit.value : [];
    return [
      ...list.deleteAll(),
      ...items.map((value, index) => {
        const at = list.fileIndex(index);
        list.appended();
        return { kind: "set" as const, path: [...path, at], value };
      }),
    ];
  }
  const index = edit.path[path.length] as number;
  const at = list.fileIndex(index);
  if (edit.path.length === path.length + 1) {
    if (edit.kind === "delete") list.removed(index);
    else if (!list.shows(index)) list.appended();
  }
  return [{ ...edit, path: [...path, at, ...edit.path.slice(path.length + 1)] }];
}

/**
 * Items the admin removed from a list, found by identity (a connector's id, a user's ID or email,
 * a spoke's name), so each disappears from the file with the keys Easel does not edit, instead
 * of the next item's settings being written over it.
 */
function removedItems(baseline: unknown, next: unknown, lists: AlignedList[]): ValuesEdit[] {
  return lists.flatMap((list) => {
    const before = listAt(baseline, list.alignment.path);
    const after = listAt(next, list.alignment.path);
    if (!before || !after) return [];
    const kept = new Set(after.map(identityOf));
    const gone = before.flatMap((item, index) => (kept.has(identityOf(item)) ? [] : [index]));
    // Only a list that shrank by exactly the items gone lost them; otherwise one was renamed.
    if (gone.length === 0 || gone.length !== before.length - after.length) return [];
    return gone.reverse().map((index) => {
      const edit: ValuesEdit = {
        kind: "delete",
        path: [...list.alignment.path, list.fileIndex(index)],
      };
      list.removed(index);
      before.splice(index, 1);
      return edit;
    });
  });
}

/**
 * The edits that bring an imported file from what the form first read (`baseline`) to what it
 * holds now (`next`), in the file's own list indexes: only what the admin changed is edited, and
 * list items the form does not show keep their place.
 */
export function fileEdits(
  file: unknown,
  baseline: unknown,
  next: unknown,
  alignments: readonly ListAlignment[],
): ValuesEdit[] {
  const lists = alignments.map((alignment) => new AlignedList(alignment));
  const before = structuredClone(baseline);
  const removals = removedItems(before, next, lists);
  return [
    ...removals,
    ...diffValues(before, next).flatMap((edit) => {
      const list = lists.find((candidate) => startsWith(edit.path, candidate.alignment.path));
      return list ? alignedEdits(edit, list) : keepingFileKeys(edit, baseline, file);
    }),
  ];
}
