import type { Path } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";

/** A path into any target's configuration, checked by the compiler so a typo cannot ship. */
export type ConfigPath = Path<TargetConfig>;
