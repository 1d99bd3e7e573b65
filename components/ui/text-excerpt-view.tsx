"use client";

import { useState } from "react";

import type { TextExcerpt } from "@/lib/yaml/text-excerpt";

export type TextExcerptViewProps = {
  excerpt: TextExcerpt;
  /** What the excerpt is of, for its label: "pasted values.yaml". */
  source: string;
};

/**
 * The lines around a problem, numbered, with a caret under its column. Values of keys that name
 * a credential are masked until revealed: the excerpt of an uploaded file may be the first time
 * its secrets reach the screen. It is shown only, never logged or kept.
 */
export function TextExcerptView({ excerpt, source }: TextExcerptViewProps) {
  const [isRevealed, setIsRevealed] = useState(false);
  const hasMasked = excerpt.lines.some((line) => line.masked !== undefined);
  const width = String(excerpt.lines.at(-1)?.number ?? excerpt.line).length;
  const gutter = (text: string) => `${text.padStart(width)} | `;
  return (
    <div className="text-excerpt">
      <pre tabIndex={0} aria-label={`Line ${excerpt.line} of ${source}, with the lines around it`}>
        {excerpt.lines.map((line) => (
          <span
            key={line.number}
            className={line.number === excerpt.line ? "excerpt-at" : undefined}
          >
            {gutter(String(line.number))}
            {isRevealed ? line.text : (line.masked ?? line.text)}
            {"\n"}
            {line.number === excerpt.line ? (
              <span className="excerpt-caret" aria-hidden="true">
                {gutter("")}
                {" ".repeat(excerpt.caretOffset)}^{"\n"}
              </span>
            ) : null}
          </span>
        ))}
      </pre>
      {hasMasked ? (
        <button
          type="button"
          className="button-small"
          aria-pressed={isRevealed}
          onClick={() => setIsRevealed(!isRevealed)}
        >
          {isRevealed ? "Hide masked values" : "Show masked values"}
        </button>
      ) : null}
    </div>
  );
}
