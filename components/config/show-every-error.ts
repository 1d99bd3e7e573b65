import { get, type UseFormReturn } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { isTree } from "@/lib/tree/tree";
import type { ConfigPath } from "@/components/hooks/config-path";

/** The dotted form path of every value that is not a list or an object: what fields hold. */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (!isTree(value)) return prefix === "" ? [] : [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix === "" ? key : `${prefix}.${key}`),
  );
}

/**
 * Checks the whole configuration and shows each error at its field at once, as if the admin had
 * left it: for a configuration that arrived whole (an import, a profile, a draft's file), whose
 * gaps should not wait for a download. Fields without an error stay untouched; a list's own error
 * ("add at least one") shows whatever its state.
 */
export async function showEveryError(form: UseFormReturn<TargetConfig>): Promise<void> {
  // The check runs in a worker: a field the admin changed before it answered is checked again,
  // so its answer never leaves an error at a value that no longer has it.
  const asked = structuredClone(form.getValues());
  await form.trigger();
  const changed: ConfigPath[] = [];
  for (const path of leafPaths(form.getValues())) {
    const name = path as ConfigPath;
    // Read now, not from the last render's snapshot that `form.formState` holds.
    if (form.getFieldState(name).error === undefined) continue;
    const value = form.getValues(name);
    form.setValue(name, value, { shouldTouch: true });
    if (value !== get(asked, path)) changed.push(name);
  }
  if (changed.length > 0) await form.trigger(changed);
}
