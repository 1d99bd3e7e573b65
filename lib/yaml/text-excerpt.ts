import { isSecretName } from "@/lib/secrets/secret-keys";

/** A place in a text: 1-based line and column, as YAML errors give them. */
export type TextPosition = { line: number; column: number };

export type ExcerptLine = {
  /** 1-based line number in the text. */
  number: number;
  text: string;
  /** The line with its credential value masked, when it holds one (`password: …`). */
  masked?: string;
};

/** The lines around a position in a text, for showing where a problem is. */
export type TextExcerpt = {
  lines: ExcerptLine[];
  /** The line the position is on. */
  line: number;
  /** Characters before the caret on that line as shown (tabs count as one, as they show as →). */
  caretOffset: number;
};

/** Lines wider than this are cut around the column, so the caret stays on screen. */
const MAX_WIDTH = 100;
const CUT = "…";
const MASK = "•";

/** `key: value` or `- key: value`, the key maybe quoted: where a credential's value would sit. */
const KEY_LINE = /^(\s*(?:-\s+)?)(["']?)([^"'\s:#][^"':#]*?)\2(\s*:\s+)(.*)$/;

/** The line with its value masked when its key names a credential, as the installer preview masks. */
function maskedLine(text: string): string | undefined {
  const match = KEY_LINE.exec(text);
  if (!match) return undefined;
  const [, indent = "", quote = "", key = "", colon = "", value = ""] = match;
  if (value.trim() === "" || !isSecretName(key)) return undefined;
  return `${indent}${quote}${key}${quote}${colon}${MASK.repeat(value.length)}`;
}

/** Tabs shown as a visible arrow, one character each, so a tab where YAML wants spaces shows. */
function shown(line: string): string {
  return line.replaceAll("\t", "→");
}

/**
 * The line at `at` with `around` lines before and after it, numbered, and where its caret goes. A
 * wide line is cut to a window around the column (the neighbours with it, so they stay aligned);
 * a line whose key names a credential also comes masked. Returns undefined for a position outside
 * the text.
 */
export function textExcerpt(text: string, at: TextPosition, around = 1): TextExcerpt | undefined {
  const all = text.split(/\r?\n/);
  if (at.line < 1 || at.line > all.length) return undefined;
  // The empty "line" after a final line break is shown only when the problem is on it.
  const lineCount = all.at(-1) === "" && at.line < all.length ? all.length - 1 : all.length;
  const first = Math.max(1, at.line - around);
  const last = Math.min(lineCount, at.line + around);
  const target = all[at.line - 1] ?? "";
  const column = Math.min(Math.max(at.column, 1), target.length + 1);
  const start = target.length > MAX_WIDTH ? Math.max(0, column - 1 - MAX_WIDTH / 2) : 0;
  const cut = (line: string) => {
    if (line.length <= MAX_WIDTH && start === 0) return line;
    const window = line.slice(start, start + MAX_WIDTH);
    return `${start > 0 ? CUT : ""}${window}${start + MAX_WIDTH < line.length ? CUT : ""}`;
  };
  const lines: ExcerptLine[] = [];
  for (let number = first; number <= last; number += 1) {
    const raw = all[number - 1] ?? "";
    const masked = maskedLine(raw);
    lines.push({
      number,
      text: shown(cut(raw)),
      ...(masked === undefined ? {} : { masked: shown(cut(masked)) }),
    });
  }
  return { lines, line: at.line, caretOffset: column - 1 - start + (start > 0 ? CUT.length : 0) };
}
