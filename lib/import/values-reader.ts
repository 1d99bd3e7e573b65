import { valueAtPath } from "@/lib/paths/read-write";
import type { TreePath } from "@/lib/paths/tree-path";
import { isMapping, type Tree } from "@/lib/tree/tree";

/** Something in an imported file that Easel could not take into the form, at its key path. */
export type ImportNote = { path: TreePath; message: string };

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (isMapping(value)) return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "true/false";
  return typeof value === "number" ? "a number" : String(value);
}

/**
 * Typed reads of an imported values tree. A key that is missing or empty (`key:`) reads as
 * undefined; a key of the wrong type also reads as undefined and leaves a note, so the form keeps
 * its own value and the admin learns why.
 */
export class ValuesReader {
  readonly notes: ImportNote[] = [];

  constructor(private readonly values: unknown) {}

  at(path: TreePath): unknown {
    return valueAtPath(this.values, path);
  }

  private typed<T>(path: TreePath, want: string, accept: (value: unknown) => value is T) {
    const value = this.at(path);
    if (value === undefined || value === null) return undefined;
    if (accept(value)) return value;
    this.notes.push({
      path,
      message: `Easel expected ${want} here but found ${kindOf(value)}, so the form ignores it.`,
    });
    return undefined;
  }

  text(path: TreePath): string | undefined {
    return this.typed(path, "text", (value) => typeof value === "string");
  }

  flag(path: TreePath): boolean | undefined {
    return this.typed(path, "true or false", (value) => typeof value === "boolean");
  }

  list(path: TreePath): unknown[] | undefined {
    return this.typed(path, "a list", Array.isArray);
  }

  mapping(path: TreePath): Tree | undefined {
    return this.typed(path, "a mapping", isMapping);
  }

  /** Notes that an item of a list was left out of the form, and why. */
  skip(path: TreePath, message: string): void {
    this.notes.push({ path, message });
  }
}
