import { describeRef, type ObjectRef } from "@/lib/hub/object-ref";

import type { OwnershipChoices } from "./plan-report";

export const NO_CHOICES: OwnershipChoices = { adopt: new Set(), takeOver: new Set() };

/** `choices` with one object's adopt or take-over choice set. */
export function withChoice(
  choices: OwnershipChoices,
  choice: keyof OwnershipChoices,
  ref: ObjectRef,
  isChosen: boolean,
): OwnershipChoices {
  const next = new Set(choices[choice]);
  if (isChosen) next.add(describeRef(ref));
  else next.delete(describeRef(ref));
  return { ...choices, [choice]: next };
}

/** The plan's objects the admin chose to adopt or take over, as an apply or install sends them. */
export function chosenRefs(
  entries: readonly { ref: ObjectRef }[],
  chosen: ReadonlySet<string>,
): ObjectRef[] {
  return entries.filter((entry) => chosen.has(describeRef(entry.ref))).map((entry) => entry.ref);
}
