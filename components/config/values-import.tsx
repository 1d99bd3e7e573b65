"use client";

import dynamic from "next/dynamic";

import type { ImportedValues } from "@/lib/import/import-values";
import type { TextProblem } from "@/lib/yaml/parse-untrusted";
import { DetailsOnOpen, type DetailsStart } from "@/components/ui/details-on-open";
import { LineWarningsList } from "@/components/ui/line-warnings-list";

/** The upload and paste boxes (with the YAML reader's limits) load when the section is opened. */
const YamlTextInput = dynamic(
  () => import("@/components/ui/yaml-text-input").then((loaded) => loaded.YamlTextInput),
  { ssr: false, loading: () => <p className="loading">Loading the import…</p> },
);

export type ValuesImportProps = {
  imported?: ImportedValues;
  /** Whether the file was too large for the draft, so a reload will not bring it back. */
  isFileTooLarge?: boolean;
  /** Fills the form from `text`; the reason (and its place in the text) when it cannot be used. */
  onImport: (name: string, text: string) => Promise<TextProblem | undefined>;
  onForget: () => void;
  /** How the disclosure starts: as the page shown while the form loaded left it. */
  start?: DetailsStart;
};

/** What the imported file is, and every line of it worth a second look. */
function ImportedSummary({
  imported,
  isFileTooLarge,
  onForget,
}: Required<Omit<ValuesImportProps, "onImport" | "start">>) {
  const { warnings } = imported;
  return (
    <div className="import-summary" role="status">
      <p>
        Editing <strong>{imported.name}</strong>: values.yaml is this file with your changes written
        in; every key and comment the form does not edit stays as it was.
      </p>
      {isFileTooLarge ? (
        <p className="field-warning">
          This file is too large for the draft this browser keeps: after a reload, import it again.
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <p>
            {warnings.length === 1 ? "One line needs" : `${warnings.length} lines need`} a look:
          </p>
          <LineWarningsList warnings={warnings} label="Warnings about the imported file" />
        </>
      ) : (
        <p>Nothing suspicious was found in it.</p>
      )}
      <button type="button" className="button-small" onClick={onForget}>
        Stop editing this file
      </button>
    </div>
  );
}

/** Import of an existing values.yaml, uploaded or pasted, and what was found in it. */
export function ValuesImport({
  imported,
  isFileTooLarge = false,
  onImport,
  onForget,
  start,
}: ValuesImportProps) {
  return (
    <DetailsOnOpen
      {...start}
      className="values-import"
      summary="Import an existing values.yaml"
      isKeptOpen={Boolean(imported)}
    >
      {imported ? (
        <ImportedSummary imported={imported} isFileTooLarge={isFileTooLarge} onForget={onForget} />
      ) : null}
      <YamlTextInput fileLabel="values.yaml" onText={onImport} />
    </DetailsOnOpen>
  );
}
