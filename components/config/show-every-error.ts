import type { UseFormReturn } from "react-hook-form";

import { flattenErrors } from "@/lib/forms/flatten-errors";
import type { TargetConfig } from "@/lib/schemas/targets";
import type { ConfigPath } from "@/components/ui/config-path";

/**
 * Checks the whole configuration and shows each error at its field at once, as if the admin had
 * left it: for a configuration that arrived whole (an import, a profile, a draft's file), whose
 * gaps should not wait for a download. Fields without an error stay untouched.
 */
export async function showEveryError(form: UseFormReturn<TargetConfig>): Promise<void> {
  await form.trigger();
  for (const { path } of flattenErrors(form.formState.errors)) {
    const name = path as ConfigPath;
    const value: unknown = form.getValues(name);
    // A list's own error ("add at least one") is shown by the list whatever its state.
    if (typeof value === "object" && value !== null) continue;
    form.setValue(name, value as never, { shouldTouch: true });
  }
}
