"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

export type DetailsStart = {
  /** Open from the first render: the page shown while the form loaded had it open. */
  isOpenAtStart?: boolean;
  /** Its summary takes the focus at the first render, where that page's had it. */
  isFocusedAtStart?: boolean;
};

type DetailsOnOpenProps = DetailsStart & {
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
export function DetailsOnOpen({
  className,
  summary,
  isKeptOpen,
  isOpenAtStart = false,
  isFocusedAtStart = false,
  children,
}: DetailsOnOpenProps) {
  const [wasOpened, setWasOpened] = useState(isOpenAtStart);
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    // Set on the element, not as `open`: React would close it again at the next render.
    if (isOpenAtStart && details.current) details.current.open = true;
    if (isFocusedAtStart) details.current?.querySelector("summary")?.focus({ preventScroll: true });
    // Once, at the first render: how it started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <details
      ref={details}
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
