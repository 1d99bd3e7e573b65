"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";

import { keptSecretValues, type SecretKeeper } from "@/lib/secrets/unkept-secrets";

/**
 * What the admin has of the form's secrets, in this page's memory only (never in storage: the sets
 * hold secret values): the passwords they saw (revealed, copied or typed), and the secret values
 * saved in a downloaded file or loaded from one. Keyed by value, so reordering users changes nothing
 * and a regenerated value starts unseen and unsaved.
 */
export type SecretLedger = {
  seen: ReadonlySet<string>;
  kept: ReadonlySet<string>;
  markSeen: (password: string) => void;
  /** Records the secrets of `config` that `keeper` (a file saved or loaded) holds. */
  markKept: (config: unknown, keeper: SecretKeeper) => void;
};

const NOTHING: ReadonlySet<string> = new Set();

/** Gives the form's fields the ledger of `useNewSecretLedger`. */
export const SecretLedgerContext = createContext<SecretLedger>({
  seen: NOTHING,
  kept: NOTHING,
  markSeen: () => {},
  markKept: () => {},
});

function withAll(set: ReadonlySet<string>, values: readonly string[]): ReadonlySet<string> {
  return values.every((value) => set.has(value)) ? set : new Set([...set, ...values]);
}

/** A ledger that starts empty, for the form that owns it (and provides it to its fields). */
export function useNewSecretLedger(): SecretLedger {
  const [seen, setSeen] = useState(NOTHING);
  const [kept, setKept] = useState(NOTHING);
  const markSeen = useCallback(
    (password: string) => setSeen((set) => (password ? withAll(set, [password]) : set)),
    [],
  );
  const markKept = useCallback(
    (config: unknown, keeper: SecretKeeper) =>
      setKept((set) => withAll(set, keptSecretValues(config, keeper))),
    [],
  );
  return useMemo(() => ({ seen, kept, markSeen, markKept }), [seen, kept, markSeen, markKept]);
}

/** The form's secret ledger; outside a form, one that remembers nothing. */
export function useSecretLedger(): SecretLedger {
  return useContext(SecretLedgerContext);
}
