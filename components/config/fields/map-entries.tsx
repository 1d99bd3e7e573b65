"use client";

import type { ReactNode } from "react";
import { useFieldArray } from "react-hook-form";

import type { MapEntry } from "@/lib/schemas/sections/impersonation";
import type { MapName } from "@/lib/schemas/sections/impersonation-model";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";

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

/** A folded entry's line: its key and value. */
function EntrySummary({ base }: { base: `${MapEntryListPath}.${number}` }) {
  const [key, value] = useConfigWatch([`${base}.key`, `${base}.value`]);
  return `${key || "(no key)"} → ${value || "(no value)"}`;
}

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
          base={`${name}.${index}`}
          legend={`${legend}: entry ${index + 1}`}
          itemName={`${entryName} ${index + 1}`}
          onRemove={() => remove(index)}
          summary={<EntrySummary base={`${name}.${index}`} />}
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
