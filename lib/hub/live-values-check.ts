import { readValuesFile } from "@/lib/import/read-values-file";
import type { SecretSense } from "@/lib/secret-tracking/secret-sense";

import { VALUES_SECRET } from "./hub-plan";
import type { LiveValuesCheck, ValuesDiff } from "./results";
import { replacedSecrets, valuesPathChanges } from "./values-diff";
import { isOtherConfiguration, originOf, type EaselValuesSecret } from "./values-origin";

/** The values a plan would apply, with what tells their credentials apart. */
export type PlannedValues = { text: string; configurationId: string; sense: SecretSense };

/**
 * The values Secret's diff and what replacing the live values would cost, from the hub's file and
 * the planned one. Only chart paths and settings' values come out: never a credential. A hub file
 * that cannot be read as values is replaced whole, so it counts as a replaced credential. Only for
 * a values Secret Easel made: of another's, nothing is compared.
 */
export function checkLiveValues(
  live: EaselValuesSecret,
  planned: PlannedValues,
): { diff: ValuesDiff; check: LiveValuesCheck } {
  const origin = originOf(live);
  const reading = readValuesFile(planned.text);
  const next = "problem" in reading ? {} : reading.values;
  const liveText = live.isOnHub ? live.text : undefined;
  const base = { kind: "values", key: VALUES_SECRET.key } as const;
  const check = {
    origin,
    isOtherConfiguration: isOtherConfiguration(origin, planned.configurationId),
  };
  if (liveText === undefined) {
    const changes = valuesPathChanges(undefined, next, planned.sense);
    return { diff: { ...base, isOnHub: false, changes }, check: { ...check, replacedSecrets: [] } };
  }
  const before = readValuesFile(liveText);
  if ("problem" in before) {
    return {
      diff: {
        ...base,
        isOnHub: true,
        changes: [],
        problem: `The hub's ${VALUES_SECRET.key} cannot be read as values (${before.problem}); applying replaces it whole.`,
      },
      check: {
        ...check,
        replacedSecrets: [{ path: VALUES_SECRET.key, change: "changed", isSecret: true }],
      },
    };
  }
  const changes = valuesPathChanges(before.values, next, planned.sense);
  return {
    diff: { ...base, isOnHub: true, changes },
    check: { ...check, replacedSecrets: replacedSecrets(changes) },
  };
}
