"use client";

import { startTransition, useEffect, useState } from "react";
import type { FieldPathValue } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";

import { useConfigForm } from "./config-form";
import type { ConfigPath } from "./config-path";

/** What settles after the next frame, all in one task and one render. */
const settling = new Set<() => void>();
let settleFrame = 0;

/**
 * Runs `settle` in the task after the next frame, with every other settle asked for by then:
 * the hundred rows that show a value derived from the domain render once together, not a
 * hundred times.
 */
function settleAfterFrame(settle: () => void): void {
  settling.add(settle);
  if (settleFrame !== 0) return;
  settleFrame = requestAnimationFrame(() =>
    setTimeout(() => {
      settleFrame = 0;
      const settles = [...settling];
      settling.clear();
      startTransition(() => settles.forEach((run) => run()));
    }, 0),
  );
}

/**
 * `read()` of the form, read again only once a change (of `name`, or of anything) has been
 * painted (the task after the next frame), or once changes paused for `pauseMs`. Unlike a
 * watch, which renders its reader inside every keystroke, a keystroke here costs the reader
 * nothing: it renders afterwards, interruptibly.
 */
function useSettled<T>(
  read: () => T,
  name: ConfigPath | undefined,
  pauseMs: number,
  tracksPending: boolean,
): [value: T, isPending: boolean] {
  const { subscribe } = useConfigForm();
  const [value, setValue] = useState<T>(read);
  // Whether the form changed since `value` was read: set at the change, so a reader can say so.
  const [isPending, setIsPending] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Called inside a transition.
    const settle = () => {
      const settled = read();
      setValue(() => settled);
      setIsPending(false);
    };
    const schedule = () => {
      // A render inside the keystroke, so only where the reader says it is behind.
      if (tracksPending) setIsPending(true);
      clearTimeout(timer);
      if (pauseMs > 0) timer = setTimeout(() => startTransition(settle), pauseMs);
      // The keystroke's own paint comes first.
      else settleAfterFrame(settle);
    };
    const unsubscribe = subscribe({ name, formState: { values: true }, callback: schedule });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      settling.delete(settle);
    };
    // `read` is the caller's way to read the form, the same for the caller's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subscribe, name, pauseMs, tracksPending]);
  return [value, isPending];
}

/**
 * The whole configuration, settled as `useSettled` says, and whether the form has changed since:
 * for readers of everything (the preview, the old domain's places), a copy taken when it is
 * read, since the form writes its values in place and readers compare what they were given.
 */
export function useSettledConfig(pauseMs = 0): [config: TargetConfig, isPending: boolean] {
  const { getValues } = useConfigForm();
  return useSettled(() => structuredClone(getValues()), undefined, pauseMs, true);
}

/**
 * The value at `path`, settled as `useSettled` says: for what shows a value derived from a field
 * (the domain's URLs, a user's default email), which may follow a keystroke a frame later.
 */
export function useSettledValue<P extends ConfigPath>(path: P): FieldPathValue<TargetConfig, P> {
  const { getValues } = useConfigForm();
  return useSettled(() => getValues(path), path, 0, false)[0];
}
