import type { ResolverOptions } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";

/** The part of react-hook-form's resolver options a check depends on: the fields are the page's. */
export type CheckOptions = Pick<ResolverOptions<TargetConfig>, "names" | "criteriaMode">;

/** What the form asks the checks' worker: the form's values checked against the target's schema. */
export type CheckRequest = {
  id: number;
  targetId: TargetId;
  values: TargetConfig;
  options: CheckOptions;
};
