"use client";

import { useId } from "react";

import type { RegistryCredentials } from "@/lib/hub/helm-release";

export type RegistryCredentialsFieldsProps = {
  credentials: RegistryCredentials;
  onChange: (credentials: RegistryCredentials) => void;
  isDisabled: boolean;
};

/**
 * The chart registry's login, for a registry that needs one. Kept in this component's state
 * only (never in the form, so never in the draft, a profile or browser storage) and sent only
 * with Preview and Install.
 */
export function RegistryCredentialsFields({
  credentials,
  onChange,
  isDisabled,
}: RegistryCredentialsFieldsProps) {
  const id = useId();
  return (
    <fieldset className="hub-credentials" disabled={isDisabled} aria-describedby={`${id}-hint`}>
      <legend>Registry credentials (optional)</legend>
      <p id={`${id}-hint`} className="field-hint">
        Only for a chart registry that needs a login. Sent with Preview and Install, given to Helm
        in a temporary file, never stored.
      </p>
      <div className="hub-credentials-fields">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-username`}>
            Registry user name
          </label>
          <input
            id={`${id}-username`}
            className="input"
            autoComplete="off"
            spellCheck={false}
            value={credentials.username}
            onChange={(event) => onChange({ ...credentials, username: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-password`}>
            Registry password
          </label>
          <input
            id={`${id}-password`}
            className="input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={credentials.password}
            onChange={(event) => onChange({ ...credentials, password: event.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}

/** The credentials to send: none when both fields are empty (a registry without a login). */
export function sentCredentials(
  credentials: RegistryCredentials,
): { credentials: RegistryCredentials } | Record<string, never> {
  return credentials.username === "" && credentials.password === "" ? {} : { credentials };
}
