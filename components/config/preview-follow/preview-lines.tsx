"use client";

import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from "react";

import type { LineRange } from "@/lib/field-lines/document-lines";

export type PreviewLinesProps = {
  text: string;
  label: string;
  testId?: string;
  /** Lines shown as the focused field's, scrolled into view when they change. */
  highlighted: readonly LineRange[];
  /** A line clicked, or Enter pressed on it: 1-based. */
  onPick: (line: number) => void;
};

const HINT_ID = "preview-lines-hint";

const Line = memo(function Line({ text, isCurrent }: { text: string; isCurrent: boolean }) {
  return (
    <span className="preview-line" tabIndex={-1} data-current={isCurrent || undefined}>
      {text}
    </span>
  );
});

/** `text` cut into lines, each with its line break, so together they are `text` again. */
function linesOf(text: string): string[] {
  const lines = text.split("\n").map((line) => `${line}\n`);
  const last = lines.pop() as string;
  // The text's own last line has no break after it; an empty one after a final break is no line.
  return last === "\n" ? lines : [...lines, last.slice(0, -1)];
}

function lineOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof Element ? element.closest<HTMLElement>(".preview-line") : null;
}

function lineNumberOf(line: HTMLElement): number {
  return [...(line.parentElement?.children ?? [])].indexOf(line) + 1;
}

/**
 * A file's text, a line at a time, with the focused field's lines highlighted and kept in view.
 * A line is picked by a click, or by the keyboard: arrow keys move through the lines, Enter picks.
 */
export function PreviewLines({ text, label, testId, highlighted, onPick }: PreviewLinesProps) {
  const preRef = useRef<HTMLPreElement>(null);
  const lines = useMemo(() => linesOf(text), [text]);
  const isCurrent = (number: number) =>
    highlighted.some(({ first, last }) => first <= number && number <= last);
  const first = highlighted[0]?.first;

  useEffect(() => {
    const pre = preRef.current;
    const line = first === undefined ? null : pre?.querySelector("code")?.children[first - 1];
    if (!pre || !(line instanceof HTMLElement)) return;
    const top = line.offsetTop;
    const isInView =
      top >= pre.scrollTop && top + line.offsetHeight <= pre.scrollTop + pre.clientHeight;
    // Scrolls the preview alone, never the page, so the field being edited stays where it is.
    if (!isInView) pre.scrollTop = Math.max(0, top - pre.clientHeight / 3);
  }, [first]);

  const onClick = (event: MouseEvent) => {
    const line = lineOf(event.target);
    if (line) onPick(lineNumberOf(line));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const line = lineOf(event.target);
    if (event.key === "Enter" && line) {
      event.preventDefault();
      onPick(lineNumberOf(line));
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const code = preRef.current?.querySelector("code");
    const next = line
      ? event.key === "ArrowDown"
        ? line.nextElementSibling
        : line.previousElementSibling
      : (code?.children[(first ?? 1) - 1] ?? null);
    if (next instanceof HTMLElement) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <>
      <p id={HINT_ID} className="visually-hidden">
        Arrow keys move through the lines; Enter goes to the field that writes a line.
      </p>
      {/* The lines are the controls; the block takes their clicks and keys in one place. */}
      <pre
        ref={preRef}
        className="preview-code"
        tabIndex={0}
        aria-label={label}
        aria-describedby={HINT_ID}
        data-testid={testId}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <code>
          {lines.map((line, index) => (
            <Line key={index} text={line} isCurrent={isCurrent(index + 1)} />
          ))}
        </code>
      </pre>
    </>
  );
}
