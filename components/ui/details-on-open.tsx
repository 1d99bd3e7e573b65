"use client";

import { useState, type ReactNode } from "react";

type DetailsOnOpenProps = {
  className?: string;
  summary: ReactNode;
  /** Open, whatever the admin did: while what it shows is in use. */
  isKeptOpen?: boolean;
  children: ReactNode;
};

/**
 * A disclosure whose contents render only once it was first opened: contents loaded with
 * `next/dynamic` are then fetched when the admin asks for them, not with the page. Kept once
 * opened, so what was typed inside survives closing it.
 */
export function DetailsOnOpen({ className, summary, isKeptOpen, children }: DetailsOnOpenProps) {
  const [wasOpened, setWasOpened] = useState(false);
  return (
    <details
      className={className}
      open={isKeptOpen || undefined}
      onToggle={(event) => {
        if (event.currentTarget.open) setWasOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {wasOpened || isKeptOpen ? children : null}
    </details>
  );
}
