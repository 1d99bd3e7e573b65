"use client";

import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { hashInWorker, SupersededError } from "@/lib/bcrypt/hash-client";
import { isHashPending } from "@/lib/schemas/sections/hashed-password";

/** Waits for typing to pause before starting an expensive hash. */
const TYPING_PAUSE_MS = 250;

/**
 * Keeps `<base>.hash` the bcrypt hash of `<base>.password`, computed in a Web Worker. The hash is
 * cleared the moment the password changes, so a stale hash can never be downloaded. An empty
 * password leaves the hash alone: it was imported, not typed.
 */
export function usePasswordHash(base: string, cost: number): { hash: string; isHashing: boolean } {
  const { setValue } = useFormContext();
  const password = useWatch({ name: `${base}.password` }) as string;
  const hash = useWatch({ name: `${base}.hash` }) as string;

  useEffect(() => {
    if (password === "") return;
    let isCurrent = true;
    setValue(`${base}.hash`, "", { shouldValidate: false });
    const timer = setTimeout(() => {
      hashInWorker(base, password, cost).then(
        (computed) => {
          if (isCurrent) setValue(`${base}.hash`, computed, { shouldValidate: true });
        },
        (error: unknown) => {
          if (!(error instanceof SupersededError) && isCurrent) {
            setValue(`${base}.hash`, "", { shouldValidate: true });
          }
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [base, password, cost, setValue]);

  return { hash, isHashing: isHashPending({ password, hash }) };
}
