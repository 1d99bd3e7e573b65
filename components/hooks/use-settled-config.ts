"use client";

import { startTransition, useEffect, useState } from "react";
import type { FieldPathValue } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";

import { useConfigForm } from "./config-form";
import type { ConfigPath } from "./config-path";

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
): [value: T, isPending: boolean] {
  const { subscribe } = useConfigForm();
  const [value, setValue] = useState<T>(read);
  // Whether the form changed since `value` was read: set at the change, so a reader can say so.
  const [isPending, setIsPending] = useState(false);
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      timer = undefined;
      const settled = read();
      startTransition(() => {
        setValue(() => settled);
        setIsPending(false);
      });
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      setIsPending(true);
      if (pauseMs > 0) timer = setTimeout(settle, pauseMs);
      // The keystroke's own paint comes first.
      else frame = requestAnimationFrame(() => (timer = setTimeout(settle, 0)));
    };
    const unsubscribe = subscribe({ name, formState: { values: true }, callback: schedule });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // `read` is the caller's way to read the form, the same for the caller's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subscribe, name, pauseMs]);
  return [value, isPending];
}

/**
 * The whole configuration, settled as `useSettled` says, and whether the form has changed since:
 * for readers of everything (the preview, the old domain's places), a copy taken when it is
 * read, since the form writes its values in place and readers compare what they were given.
 */
export function useSettledConfig(pauseMs = 0): [config: TargetConfig, isPending: boolean] {
  const { getValues } = useConfigForm();
  return useSettled(() => structuredClone(getValues()), undefined, pauseMs);
}

/**
 * The value at `path`, settled as `useSettled` says: for what shows a value derived from a field
 * (the domain's URLs, a user's default email), which may follow a keystroke a frame later.
 */
export function useSettledValue<P extends ConfigPath>(path: P): FieldPathValue<TargetConfig, P> {
  const { getValues } = useConfigForm();
  return useSettled(() => getValues(path), path, 0)[0];
}
