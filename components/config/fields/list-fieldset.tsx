"use client";

import { Children, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from "react";

import type { ConfigPath } from "@/components/hooks/config-path";

import { ListError } from "./list-error";
import { ListLengthContext, SUMMARISED_AFTER, useListLength, type ListLength } from "./list-length";
import { SummarisedItem } from "./summarised-item";

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
  const isLong = Children.count(children) > SUMMARISED_AFTER;
  // Set by a click on an add button, read by the items that mount with it, cleared once they have.
  const isAddingRef = useRef(false);
  useEffect(() => {
    isAddingRef.current = false;
  });
  const length = useMemo<ListLength>(
    () => ({ isLong, isAdding: () => isAddingRef.current }),
    [isLong],
  );
  const noteAdding = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest("button")) {
      isAddingRef.current = true;
    }
  };
  return (
    <fieldset className="subsection" data-list={name}>
      <legend>{legend}</legend>
      {description ? <p className="field-hint">{description}</p> : null}
      <ListError name={name} />
      <ListLengthContext.Provider value={length}>
        <ul className="list">{children}</ul>
      </ListLengthContext.Provider>
      {/* Every way to add an item is in here (the Add button, another kind of item). */}
      <div className="list-add" onClickCapture={noteAdding}>
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
  /** The item's path, such as `fleet.spokes.2`. */
  base: ConfigPath;
  legend: string;
  /** How buttons name the item, such as "spoke 2": "Remove spoke 2", "Move spoke 2 up". */
  itemName: string;
  onRemove: () => void;
  canRemove?: boolean;
  /** Given only where the list's order matters and the item can move that way. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  /** One line saying what the item is, shown where the list is long (`SUMMARISED_AFTER`). */
  summary: ReactNode;
  /** Whether the item's fields have work to finish, which keeps a long list's item open. */
  isBusy?: boolean;
  /** What the admin must see of the item, open or not, such as a warning. */
  notice?: ReactNode;
  children: ReactNode;
};

/**
 * One item of a ListFieldset, grouped under its own legend, with its Remove and Move buttons; in
 * a long list, its summary until it is opened.
 */
export function ListItem({
  base,
  legend,
  itemName,
  onRemove,
  canRemove = true,
  onMoveUp,
  onMoveDown,
  summary,
  isBusy,
  notice,
  children,
}: ListItemProps) {
  const { isLong } = useListLength();
  const removeButton = (
    <button type="button" className="button-secondary" onClick={onRemove} disabled={!canRemove}>
      Remove {itemName}
    </button>
  );
  const actions = (
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
      {removeButton}
    </div>
  );
  return (
    <li className="list-item">
      <fieldset className="list-fieldset">
        <legend>{legend}</legend>
        {notice}
        {isLong ? (
          <SummarisedItem
            base={base}
            itemName={itemName}
            summary={summary}
            isBusy={isBusy}
            actions={actions}
            foldedActions={removeButton}
          >
            {children}
          </SummarisedItem>
        ) : (
          <>
            {children}
            {actions}
          </>
        )}
      </fieldset>
    </li>
  );
}
