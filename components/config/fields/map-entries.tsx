"use client";

import type { ReactNode } from "react";
import { useFieldArray } from "react-hook-form";

import type { MapEntry } from "@/lib/schemas/sections/impersonation";
import type { MapName } from "@/lib/schemas/sections/impersonation-model";
import { TextField } from "@/components/ui/text-field";

import { ListFieldset, ListItem } from "./list-fieldset";

/** Every list of key and value entries in a configuration. */
export type MapEntryListPath = `canvas.impersonation.${MapName}` | "ingress.annotations";

export type MapEntriesProps = {
  name: MapEntryListPath;
  legend: string;
  /** What one entry is called in buttons, such as "group mapping". */
  entryName: string;
  keyLabel: string;
  valueLabel: string;
  valueHint?: ReactNode;
  newEntry: () => MapEntry;
};

/** An editable mapping, one key and value per entry. */
export function MapEntries({
  name,
  legend,
  entryName,
  keyLabel,
  valueLabel,
  valueHint,
  newEntry,
}: MapEntriesProps) {
  const { fields, append, remove } = useFieldArray({ name });
  return (
    <ListFieldset
      name={name}
      legend={legend}
      addLabel={`Add ${entryName}`}
      onAdd={() => append(newEntry())}
    >
      {fields.map((field, index) => (
        <ListItem
          key={field.id}
          legend={`${legend}: entry ${index + 1}`}
          itemName={`${entryName} ${index + 1}`}
          onRemove={() => remove(index)}
        >
          <div className="field-pair">
            <TextField name={`${name}.${index}.key`} label={keyLabel} />
            <TextField name={`${name}.${index}.value`} label={valueLabel} hint={valueHint} />
          </div>
        </ListItem>
      ))}
    </ListFieldset>
  );
}
