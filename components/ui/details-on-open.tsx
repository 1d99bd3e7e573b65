"use client";

import { useState, type ReactNode } from "react";

type DetailsOnOpenProps = { className?: string; summary: ReactNode; children: ReactNode };

/**
 * A disclosure whose contents render only once it was first opened: contents loaded with
 * `next/dynamic` are then fetched when the admin asks for them, not with the page. Kept once
 * opened, so what was typed inside survives closing it.
 */
export function DetailsOnOpen({ className, summary, children }: DetailsOnOpenProps) {
  const [wasOpened, setWasOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setWasOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {wasOpened ? children : null}
    </details>
  );
}
