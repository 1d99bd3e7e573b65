import { describe, expect, it } from "vitest";

import { parseUntrustedYaml } from "./parse-untrusted";
import { textExcerpt } from "./text-excerpt";

const FILE = ["global:", "  domain: example.org", "  metrics: [a, b", "canvas:", "  x: 1"].join(
  "\n",
);

describe("the excerpt around a problem", () => {
  it("gives the line with one before and after, numbered, and the caret under the column", () => {
    expect(textExcerpt(FILE, { line: 3, column: 12 })).toEqual({
      lines: [
        { number: 2, text: "  domain: example.org" },
        { number: 3, text: "  metrics: [a, b" },
        { number: 4, text: "canvas:" },
      ],
      line: 3,
      caretOffset: 11,
    });
  });

  it("stops at the text's first and last line", () => {
    expect(textExcerpt(FILE, { line: 1, column: 1 })?.lines.map((line) => line.number)).toEqual([
      1, 2,
    ]);
    expect(textExcerpt(FILE, { line: 5, column: 3 })?.lines.map((line) => line.number)).toEqual([
      4, 5,
    ]);
    expect(textExcerpt(FILE, { line: 6, column: 1 })).toBeUndefined();
    // A final line break ends the last line; the empty rest shows only when the problem is there.
    const ended = `${FILE}\n`;
    expect(textExcerpt(ended, { line: 5, column: 1 })?.lines.map((line) => line.number)).toEqual([
      4, 5,
    ]);
    expect(textExcerpt(ended, { line: 6, column: 1 })?.lines.map((line) => line.number)).toEqual([
      5, 6,
    ]);
    expect(textExcerpt(FILE, { line: 0, column: 1 })).toBeUndefined();
  });

  it("points where the YAML parser found the error", () => {
    const reading = parseUntrustedYaml("a: 1\nb: [1, 2\nc: 3\n", "values file");
    if (!("problem" in reading) || !reading.at) throw new Error("expected a placed problem");
    const excerpt = textExcerpt("a: 1\nb: [1, 2\nc: 3\n", reading.at);
    expect(reading.problem).toContain(`line ${reading.at.line}, column ${reading.at.column}`);
    expect(excerpt?.lines.some((line) => line.number === reading.at?.line)).toBe(true);
  });

  it("masks a credential's value, keeping its length so the caret stays in place", () => {
    const text = 'canvas:\n  sessionSecret: "s3cr3t-value\n  name: x';
    const excerpt = textExcerpt(text, { line: 2, column: 18 });
    expect(excerpt?.lines[1]).toEqual({
      number: 2,
      text: '  sessionSecret: "s3cr3t-value',
      masked: "  sessionSecret: •••••••••••••",
    });
    expect(excerpt?.lines[0]?.masked).toBeUndefined();
    expect(excerpt?.lines[2]?.masked).toBeUndefined();
  });

  it("shows tabs as arrows, one character each, so the caret still lines up", () => {
    const excerpt = textExcerpt("a:\n\tb: 1", { line: 2, column: 1 });
    expect(excerpt?.lines[1]?.text).toBe("→b: 1");
    expect(excerpt?.caretOffset).toBe(0);
  });

  it("cuts a wide line to a window around the column, the neighbours with it", () => {
    const wide = `k: ${"x".repeat(300)}`;
    const excerpt = textExcerpt(`${wide}\n${wide}`, { line: 2, column: 250 });
    const line = excerpt?.lines[1]?.text ?? "";
    expect(line.startsWith("…")).toBe(true);
    expect(line.endsWith("…")).toBe(true);
    expect(line.length).toBeLessThanOrEqual(102);
    expect(excerpt?.lines[0]?.text).toBe(line);
    // The caret lands on the same character of the cut line as column 250 of the whole one.
    expect(excerpt?.caretOffset).toBe(51);
  });
});
