import type { ResolverResult } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { answerRequests } from "@/lib/workers/latest-only-worker";

import { checkValues } from "./check-values";
import type { CheckRequest } from "./protocol";

// Checking a large configuration against its schema takes longer than many keystrokes: here it
// never delays one, nor the field being left.
answerRequests<CheckRequest, ResolverResult<TargetConfig>>(({ targetId, values, options }) =>
  checkValues(targetId, values, options),
);
