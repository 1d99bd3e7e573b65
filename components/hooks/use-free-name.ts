"use client";

import { useFormContext } from "react-hook-form";

import { firstFreeName } from "@/lib/forms/first-free-name";
import type { ConfigPath } from "@/components/ui/config-path";

/**
 * A function giving the first `<prefix><n>` no item of the list at `name` is called yet. It reads
 * the list when called (on Add), not by watching it: a watch would re-render every item on every
 * keystroke.
 */
export function useFreeName<T>(name: ConfigPath, nameOf: (item: T) => string) {
  const { getValues } = useFormContext();
  return (prefix: string) => firstFreeName(prefix, (getValues(name) as T[]).map(nameOf));
}
