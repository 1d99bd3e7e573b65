/**
 * Line arithmetic over the text a batch patches: where lines start and end, which comment lines
 * belong to an entry, and how generated text is indented with the file's own line ends. Kept
 * apart from the YAML nodes so that every offset rule about comments and blank lines is in one
 * place.
 */
export class SourceText {
  readonly eol: string;

  constructor(readonly text: string) {
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
  }

  lineStart(pos: number): number {
    return pos === 0 ? 0 : this.text.lastIndexOf("\n", pos - 1) + 1;
  }

  column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** The offset of the newline ending `pos`'s line, or the end of the text. */
  newlineAt(pos: number): number {
    const newline = this.text.indexOf("\n", pos);
    return newline === -1 ? this.text.length : newline;
  }

  /** The start of the line after the one `pos` ends, or `pos` when it already starts a line. */
  lineEndAfter(pos: number): number {
    if (pos > 0 && this.text[pos - 1] === "\n") return pos;
    return Math.min(this.newlineAt(pos) + 1, this.text.length);
  }

  private lineAt(start: number): {
    end: number;
    indent: number;
    kind: "blank" | "comment" | "content";
  } {
    const end = Math.min(this.newlineAt(start) + 1, this.text.length);
    const line = this.text.slice(start, end);
    const trimmed = line.trim();
    const indent = line.length - line.trimStart().length;
    const kind = trimmed === "" ? "blank" : trimmed.startsWith("#") ? "comment" : "content";
    return { end, indent, kind };
  }

  /**
   * Where a new entry of a collection whose items sit at `column` goes: after its last content
   * (`from`) and after the comment lines that belong to it, i.e. those indented at least as deep
   * as the items and deeper than the next content line. A comment at the next line's depth or
   * shallower is the header of what follows, and stays right above it.
   */
  insertionPoint(from: number, column: number): number {
    const start = this.lineEndAfter(from);
    const comments: { end: number; indent: number }[] = [];
    let cursor = start;
    let nextIndent = -1;
    while (cursor < this.text.length) {
      const line = this.lineAt(cursor);
      if (line.kind === "content") {
        nextIndent = line.indent;
        break;
      }
      if (line.kind === "comment") comments.push(line);
      cursor = line.end;
    }
    let point = start;
    for (const comment of comments) {
      if (comment.indent < column || comment.indent <= nextIndent) break;
      point = comment.end;
    }
    return point;
  }

  /**
   * `from` moved past the comment lines below it that are indented deeper than `column` (and the
   * blank lines among them): commented-out children of the entry that ends at `from`. They go
   * with the entry, and must not follow a block scalar written in its place, which would read
   * them as its content.
   */
  pastDeeperComments(from: number, column: number): number {
    let end = from;
    let cursor = from;
    while (cursor < this.text.length) {
      const line = this.lineAt(cursor);
      if (line.kind === "content" || (line.kind === "comment" && line.indent <= column)) break;
      cursor = line.end;
      if (line.kind === "comment") end = cursor;
    }
    return end;
  }

  /** `from` moved past the blank lines right below it. */
  pastBlankLines(from: number): number {
    let cursor = from;
    while (cursor < this.text.length) {
      const line = this.lineAt(cursor);
      if (line.kind !== "blank") break;
      cursor = line.end;
    }
    return cursor;
  }

  /** Generated `text` indented by `column`, with this file's line ends. */
  indented(text: string, column: number): string {
    const pad = " ".repeat(column);
    return text
      .split("\n")
      .map((line) => (line === "" ? line : pad + line))
      .join(this.eol);
  }
}
