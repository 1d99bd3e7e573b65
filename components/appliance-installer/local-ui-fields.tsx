"use client";

import { useId } from "react";

import {
  DEPLOYMENT_MODES,
  type LocalUiSettings,
} from "@/lib/appliance-installer/local-ui-settings";
import { domainProblem } from "@/lib/validation/domain";

export type LocalUiFieldsProps = {
  settings: LocalUiSettings;
  /** The root domain as typed, which may not be a domain yet. */
  rootDomainText: string;
  onRootDomainText: (text: string) => void;
  onChange: (settings: LocalUiSettings) => void;
};

/** The customer's Local UI settings, which decide which installer-managed fields apply. */
export function LocalUiFields({
  settings,
  rootDomainText,
  onRootDomainText,
  onChange,
}: LocalUiFieldsProps) {
  const id = useId();
  const problem = rootDomainText === "" ? undefined : domainProblem(rootDomainText);
  return (
    <fieldset className="local-ui-fields">
      <legend>The customer&apos;s Local UI settings</legend>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-domain`}>
          Root domain
        </label>
        <input
          id={`${id}-domain`}
          className="input"
          value={rootDomainText}
          placeholder="Leave empty if none is configured"
          aria-invalid={Boolean(problem)}
          aria-describedby={problem ? `${id}-domain-error` : `${id}-domain-hint`}
          onChange={(event) => onRootDomainText(event.target.value.trim())}
        />
        {problem ? (
          <p id={`${id}-domain-error`} className="field-error">
            {problem} Until it is one, the preview assumes no root domain.
          </p>
        ) : (
          <p id={`${id}-domain-hint`} className="field-hint">
            Fields marked * in the docs are overridden only when one is set.
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend className="field-label">Deployment mode</legend>
        {DEPLOYMENT_MODES.map((mode) => (
          <label key={mode} className="radio-option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={settings.mode === mode}
              onChange={() => onChange({ ...settings, mode })}
            />{" "}
            {mode === "airgap" ? "Airgap" : "Connected"}
          </label>
        ))}
      </fieldset>
      <div className="field field-checkbox">
        <input
          id={`${id}-static`}
          type="checkbox"
          checked={settings.staticUsersDisabled}
          onChange={(event) => onChange({ ...settings, staticUsersDisabled: event.target.checked })}
        />
        <label className="field-label" htmlFor={`${id}-static`}>
          Disable Static Dex Users
        </label>
      </div>
    </fieldset>
  );
}
