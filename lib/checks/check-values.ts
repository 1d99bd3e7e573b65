import { zodResolver } from "@hookform/resolvers/zod";
import type { ResolverResult } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { loadTargetModule } from "@/lib/targets/load-module";

import type { CheckOptions } from "./protocol";

/**
 * The form's values checked against the target's schema, the one the server and the tests use,
 * as react-hook-form's resolver reports them. The errors name no field elements (`ref`): they
 * are the page's, and the form's code does not use them (it focuses fields by name).
 */
export async function checkValues(
  targetId: TargetId,
  values: TargetConfig,
  options: CheckOptions,
): Promise<ResolverResult<TargetConfig>> {
  const { schema } = await loadTargetModule(targetId);
  return zodResolver(schema)(values, undefined, {
    ...options,
    fields: {},
    shouldUseNativeValidation: false,
  }) as Promise<ResolverResult<TargetConfig>>;
}
