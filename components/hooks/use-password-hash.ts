"use client";

import { useEffect } from "react";

import { hashInWorker, SupersededError } from "@/lib/bcrypt/hash-client";
import { isHashPending } from "@/lib/schemas/sections/hashed-password";
import { useConfigForm, useConfigWatch } from "@/components/hooks/config-form";

import { useFormGeneration } from "./form-generation";
import { useIsFormUsed } from "./form-use";

/** Waits for typing to pause before starting an expensive hash. */
const TYPING_PAUSE_MS = 250;

/** Where a user with a password hashed in the browser sits in the configuration. */
export type HashedUserPath = `identity.localUsers.${number}` | `registry.users.${number}`;

/**
 * Keeps `<base>.hash` the bcrypt hash of `<base>.password`, computed in a Web Worker. The hash is
 * cleared the moment the password changes, so a stale hash can never be downloaded. An empty
 * password leaves the hash alone: it was imported, not typed. A hash lands only where its
 * password still is: not after the form was filled anew (an import, a profile), which may have
 * put an imported hash at this place. A new form's generated password is hashed once the form is
 * used (`useIsFormUsed`): until then nothing shows or needs its hash.
 */
export function usePasswordHash(
  base: HashedUserPath,
  cost: number,
): { hash: string; isHashing: boolean } {
  const { getValues, setValue, getFieldState } = useConfigForm();
  const generation = useFormGeneration();
  const password = useConfigWatch(`${base}.password`);
  const hash = useConfigWatch(`${base}.hash`);
  const isFormUsed = useIsFormUsed();

  useEffect(() => {
    if (password === "" || !isFormUsed) return;
    let isCurrent = true;
    const isSameForm = generation.capture();
    const isStillWanted = () =>
      isCurrent && isSameForm() && getValues(`${base}.password`) === password;
    // A landing hash re-checks the password only where a check already ran: a new form's
    // generated password was never checked, and checking it would load the schema with the page.
    const wasChecked = () =>
      getFieldState(`${base}.password`).isTouched ||
      getFieldState(`${base}.password`).invalid ||
      getFieldState(`${base}.hash`).invalid;
    setValue(`${base}.hash`, "", { shouldValidate: false });
    const timer = setTimeout(() => {
      hashInWorker(base, password, cost).then(
        (computed) => {
          if (isStillWanted()) {
            setValue(`${base}.hash`, computed, { shouldValidate: wasChecked() });
          }
        },
        (error: unknown) => {
          if (!(error instanceof SupersededError) && isStillWanted()) {
            setValue(`${base}.hash`, "", { shouldValidate: wasChecked() });
          }
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [base, password, cost, getValues, setValue, getFieldState, generation, isFormUsed]);

  return { hash, isHashing: isFormUsed && isHashPending({ password, hash }) };
}
