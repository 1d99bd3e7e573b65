"use client";

import { useWatch } from "react-hook-form";

import { type Spoke } from "@/lib/schemas/sections/fleet";
import { isHubAsSpoke } from "@/lib/schemas/sections/fleet-model";
import type { TargetConfig } from "@/lib/schemas/targets";

/**
 * Which spoke is this hub as a spoke (its index), or undefined when none is. Only a change of
 * that index re-renders the caller: typing in a spoke's fields does not.
 */
export function useHubAsSpokeIndex(): number | undefined {
  return useWatch<TargetConfig, "fleet.spokes", TargetConfig, number | undefined>({
    name: "fleet.spokes",
    compute: (spokes: readonly Spoke[]) => {
      const index = spokes.findIndex(isHubAsSpoke);
      return index < 0 ? undefined : index;
    },
  });
}
