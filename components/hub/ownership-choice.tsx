"use client";

import { useId } from "react";

import type { FieldConflict } from "@/lib/hub/results";

export type OwnershipChoiceProps = {
  /** The object as the admin reads it: `Secret mural-system/easel-mural-values`. */
  name: string;
  isChosen: boolean;
  onChange: (isChosen: boolean) => void;
};

/**
 * The admin's explicit choice to adopt an object Easel did not make: unchecked, apply leaves it
 * untouched. Nothing of the object is shown: the plan confirms nothing about what it holds.
 */
export function AdoptChoice({ name, isChosen, onChange }: OwnershipChoiceProps) {
  const id = useId();
  return (
    <>
      <p>This {name.split(" ")[0]} exists and was not made by Easel. Apply leaves it untouched.</p>
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={isChosen}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="field-label" htmlFor={id}>
          Adopt {name}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          Easel replaces its labels, annotations and data with this configuration&apos;s, takes over
          every field other tools set on it, and manages it from now on.
        </p>
      </div>
    </>
  );
}

/** The admin's choice to take over fields other managers own on one of Easel's objects. */
export function TakeOverChoice({
  name,
  conflict,
  isChosen,
  onChange,
}: OwnershipChoiceProps & { conflict: FieldConflict }) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={isChosen}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="field-label" htmlFor={id}>
        Take over the conflicting fields of {name}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Apply then overwrites{" "}
        {conflict.fields.map((field, index) => (
          <span key={field}>
            {index > 0 ? ", " : ""}
            <code>{field}</code>
          </span>
        ))}{" "}
        with this configuration&apos;s values, and {conflict.managers.join(", ")} no longer own
        {conflict.managers.length === 1 ? "s" : ""} them. Unchecked, apply leaves this object as it
        is.
      </p>
    </div>
  );
}
