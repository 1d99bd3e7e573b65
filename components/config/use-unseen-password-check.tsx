"use client";

import { useState, type ReactNode } from "react";
import dynamic from "next/dynamic";

import type { TargetConfig } from "@/lib/schemas/targets";
import {
  unseenGeneratedPasswords,
  type UnseenPassword,
} from "@/lib/secret-tracking/unseen-passwords";

import type { SecretLedger } from "./secret-ledger";

/** Loaded when a download first has to ask: most downloads never do. */
const UnseenPasswordDialog = dynamic(
  () => import("./unseen-password-dialog").then((loaded) => loaded.UnseenPasswordDialog),
  { ssr: false },
);

type Question = { users: UnseenPassword[]; answer: (download: boolean) => void };

/**
 * Before a download: asks, in a dialog, whether to go on while a local or registry user's generated password
 * was never seen. `confirmDownload` resolves true at once when every password was seen.
 */
export function useUnseenPasswordCheck(ledger: SecretLedger): {
  confirmDownload: (config: TargetConfig) => Promise<boolean>;
  passwordDialog: ReactNode;
} {
  const [question, setQuestion] = useState<Question>();
  function confirmDownload(config: TargetConfig): Promise<boolean> {
    const users = unseenGeneratedPasswords(config, ledger.seen);
    if (users.length === 0) return Promise.resolve(true);
    return new Promise((answer) => setQuestion({ users, answer }));
  }
  const passwordDialog = question ? (
    <UnseenPasswordDialog
      users={question.users}
      onAnswer={(download) => {
        setQuestion(undefined);
        question.answer(download);
      }}
    />
  ) : null;
  return { confirmDownload, passwordDialog };
}
