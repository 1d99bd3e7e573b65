"use client";

import type { FieldArrayPath } from "react-hook-form";

import { firstFreeName } from "@/lib/forms/first-free-name";
import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigForm, type ConfigValue } from "@/components/hooks/config-form";

/** A path of the configuration that holds a list of objects (spokes, users, connectors…). */
type ConfigListPath = FieldArrayPath<TargetConfig>;

/** One item of the list at `P`. */
type ListItem<P extends ConfigListPath> = ConfigValue<P> extends readonly (infer I)[] ? I : never;

/**
 * A function giving the first `<prefix><n>` no item of the list at `name` is called yet. It reads
 * the list when called (on Add), not by watching it: a watch would re-render every item on every
 * keystroke.
 */
export function useFreeName<P extends ConfigListPath>(
  name: P,
  nameOf: (item: ListItem<P>) => string,
) {
  const { getValues } = useConfigForm();
  return (prefix: string) => {
    const items: readonly ListItem<P>[] = getValues(name);
    return firstFreeName(prefix, items.map(nameOf));
  };
}
