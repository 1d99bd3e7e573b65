import { valueAtPath } from "@/lib/paths/read-write";
import type { ValuesEdit } from "@/lib/yaml/values-edits";

import { identityOf } from "./item-identity";
import type { ListAlignment } from "./list-alignment";

/** One list of the file, as the form's items map onto the file's, kept up to date as edits land. */
export class AlignedList {
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

function listAt(tree: unknown, path: ListAlignment["path"]): unknown[] | undefined {
  const list = valueAtPath(tree, path);
  return Array.isArray(list) ? list : undefined;
}

/**
 * Items the admin removed from a list, found by identity (a connector's id, a user's ID or email,
 * a spoke's name), so each disappears from the file with the keys Easel does not edit, instead
 * of the next item's settings being written over it. `before` loses them too.
 */
export function removedItems(before: unknown, next: unknown, lists: AlignedList[]): ValuesEdit[] {
  return lists.flatMap((list) => {
    const was = listAt(before, list.alignment.path);
    const is = listAt(next, list.alignment.path);
    if (!was || !is) return [];
    const kept = new Set(is.map(identityOf));
    const gone = was.flatMap((item, index) => (kept.has(identityOf(item)) ? [] : [index]));
    // Only a list that shrank by exactly the items gone lost them; otherwise one was renamed.
    if (gone.length === 0 || gone.length !== was.length - is.length) return [];
    return gone.reverse().map((index) => {
      const edit: ValuesEdit = {
        kind: "delete",
        path: [...list.alignment.path, list.fileIndex(index)],
      };
      list.removed(index);
      was.splice(index, 1);
      return edit;
    });
  });
}
