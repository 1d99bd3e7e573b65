"use client";

import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from "react";

import type { LineRange } from "@/lib/field-lines/line-index";

export type PreviewLinesProps = {
  text: string;
  label: string;
  testId?: string;
  /** Lines shown as the focused field's, scrolled into view when they change. */
  highlighted: readonly LineRange[];
  /** A line clicked, or Enter pressed on it: 1-based. */
  onPick: (line: number) => unknown;
};

const HINT_ID = "preview-lines-hint";
/**
 * Lines per block. A block is rendered again only when its own text or highlight changed, and
 * the browser skips laying out and painting a block off screen, so a keystroke in a large file
 * costs the blocks it changed, not its thousands of lines.
 */
const BLOCK_LINES = 64;

const Block = memo(function Block({ text, current }: { text: string; current: string }) {
  const currentLines = new Set(current.split(" "));
  return (
    <span className="preview-block">
      {linesOf(text).map((line, index) => (
        <span
          key={index}
          className="preview-line"
          tabIndex={-1}
          data-current={currentLines.has(String(index)) || undefined}
        >
          {line}
        </span>
      ))}
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

/** `lines` in blocks of `BLOCK_LINES`, each block's text whole again. */
function blocksOf(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  for (let first = 0; first < lines.length; first += BLOCK_LINES)
    blocks.push(lines.slice(first, first + BLOCK_LINES).join(""));
  return blocks;
}

function lineOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof Element ? element.closest<HTMLElement>(".preview-line") : null;
}

/** The index of the block holding line `number` (1-based). */
function blockIndexOf(number: number): number {
  return Math.floor((number - 1) / BLOCK_LINES);
}

/** The element of line `number` (1-based) inside the preview's `code`. */
function lineElement(code: Element | null | undefined, number: number): Element | undefined {
  const block = code?.children[blockIndexOf(number)];
  return block?.children[(number - 1) % BLOCK_LINES];
}

function lineNumberOf(line: HTMLElement): number {
  const block = line.parentElement;
  const blockIndex = [...(block?.parentElement?.children ?? [])].indexOf(block as Element);
  return blockIndex * BLOCK_LINES + [...(block?.children ?? [])].indexOf(line) + 1;
}

/** The line after (or before) `line`, across blocks. */
function neighbourOf(line: HTMLElement, isNext: boolean): Element | null {
  const sibling = isNext ? line.nextElementSibling : line.previousElementSibling;
  if (sibling) return sibling;
  const block = line.parentElement;
  const nextBlock = isNext ? block?.nextElementSibling : block?.previousElementSibling;
  return (isNext ? nextBlock?.firstElementChild : nextBlock?.lastElementChild) ?? null;
}

/** Each block's highlighted lines, by index within the block, as one text a memo compares. */
function currentOfBlocks(blockCount: number, highlighted: readonly LineRange[]): string[] {
  const current = Array.from({ length: blockCount }, () => [] as number[]);
  for (const { first, last } of highlighted)
    for (let number = first; number <= last; number++)
      current[blockIndexOf(number)]?.push((number - 1) % BLOCK_LINES);
  return current.map((indexes) => indexes.join(" "));
}

/**
 * A file's text, a line at a time, with the focused field's lines highlighted and kept in view.
 * A line is picked by a click, or by the keyboard: arrow keys move through the lines, Enter picks.
 */
export function PreviewLines({ text, label, testId, highlighted, onPick }: PreviewLinesProps) {
  const preRef = useRef<HTMLPreElement>(null);
  const blocks = useMemo(() => blocksOf(linesOf(text)), [text]);
  const current = useMemo(
    () => currentOfBlocks(blocks.length, highlighted),
    [blocks.length, highlighted],
  );
  const first = highlighted[0]?.first;

  useEffect(() => {
    const pre = preRef.current;
    const code = pre?.querySelector("code");
    const block = first === undefined ? undefined : code?.children[blockIndexOf(first)];
    if (!pre || !(block instanceof HTMLElement) || first === undefined) return;
    // Measured from the blocks: a block off screen is not laid out, so its lines have no position
    // of their own until it is shown. The first block was laid out when the preview first showed
    // (the last one may never have been, and its height is then the estimate for a full block).
    const firstBlock = code?.children[0];
    const lineHeight =
      firstBlock instanceof HTMLElement ? firstBlock.offsetHeight / firstBlock.children.length : 0;
    const top = block.offsetTop + ((first - 1) % BLOCK_LINES) * lineHeight;
    const isInView = top >= pre.scrollTop && top + lineHeight <= pre.scrollTop + pre.clientHeight;
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
      ? neighbourOf(line, event.key === "ArrowDown")
      : (lineElement(code, first ?? 1) ?? null);
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
          {blocks.map((block, index) => (
            <Block key={index} text={block} current={current[index] ?? ""} />
          ))}
        </code>
      </pre>
    </>
  );
}
