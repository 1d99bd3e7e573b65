import type { Resolver } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";

/**
 * The form's checks, whose schema loads when the form is first used (`preload`, on the first
 * focus) rather than with the page: nothing is checked before a field is left. A load that
 * failed is tried again at the next check.
 */
export function lazyResolver(id: TargetId): { resolver: Resolver<TargetConfig>; preload(): void } {
  let loading: Promise<Resolver<TargetConfig>> | undefined;
  const load = () => {
    loading ??= import("./schema-resolver").then(
      (loaded) => loaded.schemaResolver(id),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    resolver: async (values, context, options) => (await load())(values, context, options),
    preload: () => void load().catch(() => undefined),
  };
}
