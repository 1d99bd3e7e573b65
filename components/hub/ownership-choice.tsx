"use client";

import { useId, type ReactNode } from "react";

import type { FieldConflict } from "@/lib/hub/results";

export type OwnershipChoiceProps = {
  /** The object as the admin reads it: `Secret mural-system/easel-mural-values`. */
  name: string;
  isChosen: boolean;
  onChange: (isChosen: boolean) => void;
};

/** One labelled checkbox with what checking it makes apply do. */
function ChoiceBox({
  label,
  hint,
  isChosen,
  onChange,
}: Omit<OwnershipChoiceProps, "name"> & { label: string; hint: ReactNode }) {
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
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}

/**
 * The admin's explicit choice to adopt an object Easel did not make: unchecked, apply leaves it
 * untouched. Nothing of the object is shown: the plan confirms nothing about what it holds.
 */
export function AdoptChoice({ name, ...choice }: OwnershipChoiceProps) {
  return (
    <>
      <p>This {name.split(" ")[0]} exists and was not made by Easel. Apply leaves it untouched.</p>
      <ChoiceBox
        {...choice}
        label={`Adopt ${name}`}
        hint="Easel replaces its labels, annotations and data with this configuration's, takes over every field other tools set on it, and manages it from now on."
      />
    </>
  );
}

/** The admin's choice to take over fields other managers own on one of Easel's objects. */
export function TakeOverChoice({
  name,
  conflict,
  ...choice
}: OwnershipChoiceProps & { conflict: FieldConflict }) {
  const owns = conflict.managers.length === 1 ? "owns" : "own";
  return (
    <ChoiceBox
      {...choice}
      label={`Take over the conflicting fields of ${name}`}
      hint={
        <>
          Apply then overwrites{" "}
          {conflict.fields.map((field, index) => (
            <span key={field}>
              {index > 0 ? ", " : ""}
              <code>{field}</code>
            </span>
          ))}{" "}
          with this configuration&apos;s values, and {conflict.managers.join(", ")} no longer {owns}{" "}
          them. Unchecked, apply leaves this object as it is.
        </>
      }
    />
  );
}
