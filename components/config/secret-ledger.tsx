"use client";

import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";

import { keptSecretValues, type SecretKeeper } from "@/lib/secret-tracking/unkept-secrets";

/**
 * What the admin has of the form's secrets, in this page's memory only (never in storage: the sets
 * hold secret values): the passwords they saw (revealed, copied or typed), and the secret values
 * saved in a downloaded file or loaded from one. Keyed by value, so reordering users changes nothing
 * and a regenerated value starts unseen and unsaved.
 */
export type SecretLedger = {
  seen: ReadonlySet<string>;
  kept: ReadonlySet<string>;
  /**
   * What is kept at this very moment, before React renders it: a page closed right after a
   * download must already count that download.
   */
  keptNow: () => ReadonlySet<string>;
  markSeen: (password: string) => void;
  /** Records the secrets of `config` that `keeper` (a file saved or loaded) holds. */
  markKept: (config: unknown, keeper: SecretKeeper) => void;
};

const NOTHING: ReadonlySet<string> = new Set();

const SecretLedgerContext = createContext<SecretLedger>({
  seen: NOTHING,
  kept: NOTHING,
  keptNow: () => NOTHING,
  markSeen: () => {},
  markKept: () => {},
});

function withAll(set: ReadonlySet<string>, values: readonly string[]): ReadonlySet<string> {
  return values.every((value) => set.has(value)) ? set : new Set([...set, ...values]);
}

/** Gives a target's form and its fields one ledger, which starts empty with the page. */
export function SecretLedgerProvider({ children }: { children: ReactNode }) {
  const [seen, setSeen] = useState(NOTHING);
  const [kept, setKept] = useState(NOTHING);
  const latestKept = useRef(NOTHING);
  const markSeen = useCallback(
    (password: string) => setSeen((set) => (password ? withAll(set, [password]) : set)),
    [],
  );
  const markKept = useCallback((config: unknown, keeper: SecretKeeper) => {
    latestKept.current = withAll(latestKept.current, keptSecretValues(config, keeper));
    setKept(latestKept.current);
  }, []);
  const keptNow = useCallback(() => latestKept.current, []);
  const ledger = useMemo(
    () => ({ seen, kept, keptNow, markSeen, markKept }),
    [seen, kept, keptNow, markSeen, markKept],
  );
  return <SecretLedgerContext.Provider value={ledger}>{children}</SecretLedgerContext.Provider>;
}

/** The form's secret ledger; outside a form, one that remembers nothing. */
export function useSecretLedger(): SecretLedger {
  return useContext(SecretLedgerContext);
}
