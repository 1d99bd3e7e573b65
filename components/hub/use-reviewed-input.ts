"use client";

import { useDeferredValue, useMemo, useState } from "react";

import type { ImportedValuesInput } from "@/lib/hub/hub-input";
import type { ObjectRef } from "@/lib/hub/object-ref";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import type { PlanEntry } from "@/lib/hub/results";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

import { chosenRefs, NO_CHOICES, withChoice } from "./ownership-choices";
import type { OwnershipChoices } from "./plan-report";

/**
 * What the admin reviewed before acting on the hub (a plan, or a Helm preview), and whether it
 * still stands: the form's values it was made for, the ownership choices made on it, and whether
 * an act spent it since (the hub may have changed under it). Acting is offered only while it is
 * current, and sends exactly what was reviewed. `isReviewed`: the review succeeded.
 */
export function useReviewedInput(imported: ImportedValuesInput | undefined, isReviewed: boolean) {
  const form = useConfigForm();
  const config = useConfigWatch();
  const [reviewedFor, setReviewedFor] = useState("");
  // Compared off the typing path: a configuration may embed logos.
  const deferredConfig = useDeferredValue(config);
  const currentInput = useMemo(
    () => JSON.stringify({ config: deferredConfig, imported }),
    [deferredConfig, imported],
  );
  const [choices, setChoices] = useState<OwnershipChoices>(NO_CHOICES);
  const [isSpent, setSpent] = useState(false);
  const isCurrent = isReviewed && reviewedFor === currentInput && !isSpent;
  return {
    isCurrent,
    isSpent,
    /** A review stands, unspent, but the form changed after it. */
    isOutdated: isReviewed && !isSpent && !isCurrent,
    choices,
    choose: (choice: keyof OwnershipChoices, ref: ObjectRef, isChosen: boolean) =>
      setChoices(withChoice(choices, choice, ref, isChosen)),
    /** As a review starts: it is of the form's values now, with nothing chosen on it yet. */
    begin: () => {
      // The form's own values, as the watched copy holds them (the schema's output may differ).
      setReviewedFor(JSON.stringify({ config: form.getValues(), imported }));
      setSpent(false);
      setChoices(NO_CHOICES);
    },
    spend: () => setSpent(true),
    /** What an act sends back of the review: each object as seen, and the admin's choices. */
    sentOf: (entries: readonly PlanEntry[]) => ({
      planned: plannedObjectsOf(entries),
      adopt: chosenRefs(entries, choices.adopt),
      takeOver: chosenRefs(entries, choices.takeOver),
    }),
  };
}
