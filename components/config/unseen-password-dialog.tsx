"use client";

import { useId, useState } from "react";

import type { UnseenPassword } from "@/lib/secret-tracking/unseen-passwords";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { useModalDialog } from "@/components/hooks/use-modal-dialog";

import { useSecretLedger } from "./secret-ledger";

export type UnseenPasswordDialogProps = {
  /** The users asked about; the dialog is open while there are some. */
  users: readonly UnseenPassword[];
  onAnswer: (download: boolean) => void;
};

/** One user's generated password, masked until revealed, with Show and Copy. */
function PasswordRow({ user }: { user: UnseenPassword }) {
  const { seen, markSeen } = useSecretLedger();
  const [isRevealed, setIsRevealed] = useState(false);
  const [copyStatus, setCopyStatus] = useState("");
  async function onCopy() {
    try {
      await navigator.clipboard.writeText(user.password);
      markSeen(user.password);
      setCopyStatus("Copied");
    } catch {
      setCopyStatus("Copy failed: show it and copy it by hand");
    }
  }
  return (
    <li className="unseen-password">
      <span className="unseen-password-name">{user.name}</span>
      <code className="unseen-password-value">
        <span className="visually-hidden">Password: </span>
        {isRevealed ? user.password : SECRET_MASK}
      </code>
      <span className="unseen-password-actions">
        <button
          type="button"
          className="button-small"
          aria-pressed={isRevealed}
          aria-label={`${isRevealed ? "Hide" : "Show"} the password of ${user.name}`}
          onClick={() => {
            markSeen(user.password);
            setIsRevealed(!isRevealed);
          }}
        >
          {isRevealed ? "Hide" : "Show"}
        </button>
        <button
          type="button"
          className="button-small"
          aria-label={`Copy the password of ${user.name}`}
          onClick={onCopy}
        >
          Copy
        </button>
        <span className="copy-status" role="status">
          {copyStatus || (seen.has(user.password) ? "Seen" : "")}
        </span>
      </span>
    </li>
  );
}

/**
 * Asks before a download while a local or registry user's generated password was never seen: Easel keeps no
 * copy and the files hold only its hash, so it would be lost. A native modal dialog: focus moves
 * into it and back to the download button, Escape cancels.
 */
export function UnseenPasswordDialog({ users, onAnswer }: UnseenPasswordDialogProps) {
  const id = useId();
  const { seen } = useSecretLedger();
  const { answer, dialogProps } = useModalDialog(onAnswer);
  const isOpen = users.length > 0;
  const allSeen = users.every((user) => seen.has(user.password));

  if (!isOpen) return null;
  return (
    <dialog
      {...dialogProps}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-why`}
    >
      <h2 id={`${id}-title`}>
        Save the generated {users.length === 1 ? "password" : "passwords"} first
      </h2>
      <p id={`${id}-why`}>
        Nobody has seen {users.length === 1 ? "this user's password" : "these users' passwords"}{" "}
        yet. Easel generated {users.length === 1 ? "it" : "them"} and keeps no copy: the files hold
        only a bcrypt hash, so after you leave this page {users.length === 1 ? "it is" : "they are"}{" "}
        lost. Show or copy {users.length === 1 ? "it" : "each"} now and keep it in your password
        manager.
      </p>
      <ul className="unseen-passwords">
        {users.map((user) => (
          <PasswordRow key={user.password} user={user} />
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={() => answer(false)}>
          Cancel
        </button>
        <button type="button" className="button-primary" onClick={() => answer(true)}>
          {allSeen ? "Download" : "Download anyway"}
        </button>
      </div>
    </dialog>
  );
}
