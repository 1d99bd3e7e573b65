"use client";

import type { ReactNode } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";

import { ListError } from "./list-error";

export type ListFieldsetProps = {
  /** The list's path, where list-wide errors such as "add at least one" are reported. */
  name: ConfigPath;
  legend: string;
  addLabel: string;
  onAdd: () => void;
  /** A choice made before adding, such as the type of the new item. */
  picker?: ReactNode;
  /** What the list is for, under its legend. */
  description?: ReactNode;
  /** Another way to add an item, after the Add button (such as an item the list may hold once). */
  otherAdd?: ReactNode;
  children: ReactNode;
};

/** An editable list of form items: its error, its items and the button that adds one. */
export function ListFieldset({
  name,
  legend,
  addLabel,
  onAdd,
  picker,
  description,
  otherAdd,
  children,
}: ListFieldsetProps) {
  return (
    <fieldset className="subsection" data-list={name}>
      <legend>{legend}</legend>
      {description ? <p className="field-hint">{description}</p> : null}
      <ListError name={name} />
      <ul className="list">{children}</ul>
      <div className="list-add">
        {picker}
        <button type="button" className="button-secondary" onClick={onAdd}>
          {addLabel}
        </button>
        {otherAdd}
      </div>
    </fieldset>
  );
}

export type ListItemProps = {
  legend: string;
  /** How buttons name the item, such as "spoke 2": "Remove spoke 2", "Move spoke 2 up". */
  itemName: string;
  onRemove: () => void;
  canRemove?: boolean;
  /** Given only where the list's order matters and the item can move that way. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  children: ReactNode;
};

/** One item of a ListFieldset, grouped under its own legend, with its Remove and Move buttons. */
export function ListItem({
  legend,
  itemName,
  onRemove,
  canRemove = true,
  onMoveUp,
  onMoveDown,
  children,
}: ListItemProps) {
  return (
    <li className="list-item">
      <fieldset className="list-fieldset">
        <legend>{legend}</legend>
        {children}
        <div className="list-item-actions">
          {onMoveUp ? (
            <button type="button" className="button-secondary" onClick={onMoveUp}>
              Move {itemName} up
            </button>
          ) : null}
          {onMoveDown ? (
            <button type="button" className="button-secondary" onClick={onMoveDown}>
              Move {itemName} down
            </button>
          ) : null}
          <button
            type="button"
            className="button-secondary"
            onClick={onRemove}
            disabled={!canRemove}
          >
            Remove {itemName}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
