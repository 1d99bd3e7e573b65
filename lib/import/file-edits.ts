import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { isMapping } from "@/lib/tree/tree";
import {
  applyValuesEditInPlace,
  diffValues,
  valuesEqual,
  type ValuesEdit,
} from "@/lib/yaml/values-edits";

import { AlignedList, removedItems } from "./aligned-list";
import { matchingFileIndex } from "./item-identity";
import type { ListAlignment } from "./list-alignment";

type Segment = TreePath[number];

/** A list item an edit went through: where it is in the file, and in the form's render. */
type TouchedItem = { filePath: TreePath; formPath: TreePath };

function samePath(path: TreePath, prefix: TreePath, length = path.length): boolean {
  return prefix.length === length && prefix.every((key, index) => path[index] === key);
}

/** The keys `full` has that `partial` lacks, as sets, down through the mappings both have. */
function missingKeys(partial: unknown, full: unknown, path: TreePath): ValuesEdit[] {
  if (!isMapping(partial) || !isMapping(full)) return [];
  return Object.entries(full).flatMap(([key, value]): ValuesEdit[] => {
    if (value === undefined) return [];
    const had = valueAtPath(partial, [key]);
    if (had === undefined) return [{ kind: "set", path: [...path, key], value }];
    return missingKeys(had, value, [...path, key]);
  });
}

/**
 * Writes the form's edits into the file. The edits are measured between two renders of the
 * form (what it first read and what it holds now), but land in the file, whose shape may differ:
 * a section the file lacks, an item in another place, an item missing keys. Each edit is placed
 * by walking the file as edited so far: a missing section is written whole, a list item is found
 * by its identity, and every list item an edit touches ends up whole (Helm replaces lists whole,
 * so a partial item is a broken one), with the keys only the file has kept.
 */
class FileEditor {
  readonly edits: ValuesEdit[] = [];
  private working: unknown;

  constructor(
    file: unknown,
    private readonly before: unknown,
    private readonly next: unknown,
    private readonly lists: readonly AlignedList[],
  ) {
    this.working = structuredClone(file);
  }

  emit(edit: ValuesEdit): void {
    this.edits.push(edit);
    this.working = applyValuesEditInPlace(this.working, edit);
  }

  /** Places one edit measured between the form's renders (its path in the form's indexes). */
  place(edit: ValuesEdit): void {
    const wholeList = this.lists.find((list) => samePath(edit.path, list.alignment.path));
    if (wholeList) {
      this.replaceAlignedList(edit, wholeList);
      return;
    }
    const touchedItems: TouchedItem[] = [];
    this.walk(edit, touchedItems);
    for (const { filePath, formPath } of touchedItems) {
      const inFile = valueAtPath(this.working, filePath);
      for (const missing of missingKeys(inFile, valueAtPath(this.next, formPath), filePath)) {
        this.emit(missing);
      }
    }
  }

  private replaceAlignedList(edit: ValuesEdit, list: AlignedList): void {
    const { path } = list.alignment;
    const items = edit.kind === "set" && Array.isArray(edit.value) ? edit.value : [];
    for (const removal of list.deleteAll()) this.emit(removal);
    items.forEach((value, index) => {
      const at = list.fileIndex(index);
      list.appended();
      this.emit({ kind: "set", path: [...path, at], value });
    });
  }

  /**
   * Follows the edit's path through the file, placing it where the file's own structure has that
   * place; the list items it passes through are collected in `touched`.
   */
  private walk(edit: ValuesEdit, touched: TouchedItem[]): void {
    const { path } = edit;
    const filePath: Segment[] = [];
    const formPath: Segment[] = [];
    let [fileNode, beforeNode, nextNode] = [this.working, this.before, this.next];
    for (let depth = 0; depth < path.length; depth += 1) {
      const segment = path[depth] as Segment;
      const isTarget = depth === path.length - 1;
      let fileSegment: Segment = segment;
      if (typeof segment === "number") {
        if (!Array.isArray(fileNode)) return this.writeWhole(edit, filePath, nextNode);
        const placed = this.listIndex(edit, depth, fileNode, beforeNode, nextNode);
        if (placed === "whole") return this.replaceList(filePath, fileNode, nextNode);
        fileSegment = placed;
      } else if (!isMapping(fileNode)) {
        return this.writeWhole(edit, filePath, nextNode);
      }
      filePath.push(fileSegment);
      formPath.push(segment);
      [fileNode, beforeNode, nextNode] = [
        valueAtPath(fileNode, [fileSegment]),
        valueAtPath(beforeNode, [segment]),
        valueAtPath(nextNode, [segment]),
      ];
      const entersItem = typeof segment === "number" && isMapping(nextNode);
      if (entersItem && (!isTarget || edit.kind === "set")) {
        touched.push({ filePath: [...filePath], formPath: [...formPath] });
      }
      if (fileNode === undefined && !isTarget) return this.writeWhole(edit, filePath, nextNode);
    }
    this.writeTarget(edit, filePath, fileNode, beforeNode);
  }

  /**
   * The file's index of the form's list item at `path[depth]`, or "whole" when the file's list
   * cannot take item edits: a list of plain values other than the one the form read (its indexes
   * mean other values), or one an earlier edit already changed, is written whole.
   */
  private listIndex(
    edit: ValuesEdit,
    depth: number,
    fileList: unknown[],
    beforeList: unknown,
    nextList: unknown,
  ): number | "whole" {
    const index = edit.path[depth] as number;
    const aligned = this.lists.find((list) => samePath(edit.path, list.alignment.path, depth));
    if (aligned) {
      const at = aligned.fileIndex(index);
      if (depth === edit.path.length - 1) {
        if (edit.kind === "delete") aligned.removed(index);
        else if (!aligned.shows(index)) aligned.appended();
      }
      return at;
    }
    // The file holds the item as the form first read it, or, once an edit wrote it, as it is now.
    const [was, is] = [valueAtPath(beforeList, [index]), valueAtPath(nextList, [index])];
    if (isMapping(was) || isMapping(is)) return matchingFileIndex(fileList, [is, was], index);
    return valuesEqual(fileList, beforeList) ? index : "whole";
  }

  /** A list of plain values the form changed, written as the form has it unless it already is. */
  private replaceList(filePath: TreePath, inFile: unknown, formList: unknown): void {
    if (formList !== undefined && !valuesEqual(inFile, formList)) {
      this.emit({ kind: "set", path: [...filePath], value: formList });
    }
  }

  /** A place the file lacks, or holds something of another kind at: written as the form has it. */
  private writeWhole(edit: ValuesEdit, filePath: TreePath, formValue: unknown): void {
    if (edit.kind === "set" && formValue !== undefined) {
      this.emit({ kind: "set", path: [...filePath], value: formValue });
    }
  }

  private writeTarget(
    edit: ValuesEdit,
    filePath: TreePath,
    inFile: unknown,
    before: unknown,
  ): void {
    if (edit.kind === "delete") {
      if (inFile !== undefined) this.emit({ kind: "delete", path: filePath });
      return;
    }
    const { value } = edit;
    if (valuesEqual(inFile, value)) return;
    if (isMapping(value) && isMapping(inFile)) {
      this.mergeMapping(filePath, inFile, value, before);
      return;
    }
    this.emit({ kind: "set", path: filePath, value });
  }

  /**
   * A mapping the form writes where the file already has one: the keys the form holds are
   * written, the file's own keys stay. A mapping the form empties loses only the keys the form
   * had read (an annotation Easel does not edit stays); emptied entirely, it is written as `{}`
   * rather than left as a bare `key:`, which reads back as null.
   */
  private mergeMapping(
    filePath: TreePath,
    inFile: Record<string, unknown>,
    value: Record<string, unknown>,
    before: unknown,
  ): void {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) {
      const formKeys = Object.keys(inFile).filter((key) => isMapping(before) && key in before);
      if (formKeys.length === Object.keys(inFile).length) {
        this.emit({ kind: "set", path: filePath, value: {} });
      } else {
        for (const key of formKeys) this.emit({ kind: "delete", path: [...filePath, key] });
      }
      return;
    }
    for (const [key, item] of entries) {
      this.writeTarget(
        { kind: "set", path: [], value: item },
        [...filePath, key],
        valueAtPath(inFile, [key]),
        valueAtPath(before, [key]),
      );
    }
  }
}

/**
 * The edits that bring an imported file from what the form first read (`baseline`) to what it
 * holds now (`next`), in the file's own list indexes: only what the admin changed is edited, list
 * items the form does not show keep their place, and whatever the edits touch is left whole.
 */
export function fileEdits(
  file: unknown,
  baseline: unknown,
  next: unknown,
  alignments: readonly ListAlignment[],
): ValuesEdit[] {
  const lists = alignments.map((alignment) => new AlignedList(alignment));
  const before = structuredClone(baseline);
  const editor = new FileEditor(file, before, next, lists);
  for (const removal of removedItems(before, next, lists)) editor.emit(removal);
  for (const edit of diffValues(before, next)) editor.place(edit);
  return editor.edits;
}
