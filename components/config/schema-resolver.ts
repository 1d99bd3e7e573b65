import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import type { TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";

/** The form's checks: the target's schema, the one the server and the tests use. */
export function schemaResolver(id: TargetId): Resolver<TargetConfig> {
  return zodResolver(targetModule(id).schema);
}
