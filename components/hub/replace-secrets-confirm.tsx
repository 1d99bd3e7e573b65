"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";

import { secretsCount, type ValuesPathChange } from "@/lib/hub/results";

export type ReplaceSecretsConfirmProps = {
  /** The cluster as preflight names it: its context, which the admin types. */
  cluster: string;
  server: string;
  replacedSecrets: readonly ValuesPathChange[];
  /** The confirming button's words: what goes ahead once confirmed. */
  confirmLabel?: string;
  onConfirm: (cluster: string) => void;
  onCancel: () => void;
};

/**
 * Asks before an apply replaces live secrets: the admin types the cluster's name, which the
 * server checks again against the cluster it is connected to. Cancelling applies nothing.
 */
export function ReplaceSecretsConfirm({
  cluster,
  server,
  replacedSecrets,
  confirmLabel = "Replace the live secrets and apply",
  onConfirm,
  onCancel,
}: ReplaceSecretsConfirmProps) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState("");
  useEffect(() => input.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed === cluster) onConfirm(typed);
  }

  return (
    <form className="hub-notice" aria-labelledby="replace-secrets-title" onSubmit={submit}>
      <h4 id="replace-secrets-title">Replace live secrets on {cluster}?</h4>
      <p id={hintId}>
        Applying replaces {secretsCount(replacedSecrets.length)} live on the cluster{" "}
        <strong>{cluster}</strong> ({server}):{" "}
        {replacedSecrets.map((secret) => secret.path).join(", ")}. Whatever uses them now (logins,
        sessions, Dex clients) stops working until it uses the new ones. Type the cluster&apos;s
        name, <code>{cluster}</code>, to confirm.
      </p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          Cluster name
        </label>
        <input
          ref={input}
          id={inputId}
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          aria-describedby={hintId}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <div className="hub-actions">
        <button type="submit" className="button-primary" disabled={typed !== cluster}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
