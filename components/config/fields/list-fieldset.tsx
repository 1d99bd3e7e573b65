"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "@/components/ui/config-path";

import { ListError } from "./list-error";

export type ListFieldsetProps = {
  /** The list's path, where list-wide errors such as "add at least one" are reported. */
  name: ConfigPath;
  legend: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
};

/** An editable list of form items: its error, its items and the button that adds one. */
export function ListFieldset({ name, legend, addLabel, onAdd, children }: ListFieldsetProps) {
  return (
    <fieldset className="subsection">
      <legend>{legend}</legend>
      <ListError name={name} />
      <ul className="list">{children}</ul>
      <button type="button" className="button-secondary" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

export type ListItemProps = {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  canRemove?: boolean;
  children: ReactNode;
};

/** One item of a ListFieldset, grouped under its own legend, with its Remove button. */
export function ListItem({
  legend,
  removeLabel,
  onRemove,
  canRemove = true,
  children,
}: ListItemProps) {
  return (
    <li className="list-item">
      <fieldset className="list-fieldset">
        <legend>{legend}</legend>
        {children}
        <button type="button" className="button-secondary" onClick={onRemove} disabled={!canRemove}>
          {removeLabel}
        </button>
      </fieldset>
    </li>
  );
}
