"use client";

import { useId, useState, type ChangeEvent, type ClipboardEvent } from "react";

import type { ImportedValues } from "@/lib/import/import-values";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/parse-untrusted";

export type ValuesImportProps = {
  imported?: ImportedValues;
  /** Fills the form from `text`; the reason when the file cannot be used. */
  onImport: (name: string, text: string) => string | undefined;
  onForget: () => void;
};

const MAX_KIB = UNTRUSTED_YAML_MAX_BYTES / 1024;
const TOO_LARGE = `This is more than ${MAX_KIB} KiB; Easel reads values files of at most ${MAX_KIB} KiB.`;

/** What the imported file is, and every line of it worth a second look. */
function ImportedSummary({ imported, onForget }: Required<Omit<ValuesImportProps, "onImport">>) {
  const { warnings } = imported;
  return (
    <div className="import-summary" role="status">
      <p>
        Editing <strong>{imported.name}</strong>: values.yaml is this file with your changes written
        in; every key and comment the form does not edit stays as it was.
      </p>
      {warnings.length > 0 ? (
        <>
          <p>
            {warnings.length === 1 ? "One line needs" : `${warnings.length} lines need`} a look:
          </p>
          <ul className="import-warnings" aria-label="Warnings about the imported file">
            {warnings.map((warning, index) => (
              <li key={index}>
                <span className="import-line">Line {warning.line}:</span> {warning.message}
              </li>
            ))}
          </ul>
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

/**
 * Import of an existing values.yaml, uploaded or pasted. Both stay in the browser; a file that
 * is too large is refused before it is read, and a paste before it reaches the text box.
 */
export function ValuesImport({ imported, onImport, onForget }: ValuesImportProps) {
  const id = useId();
  const [problem, setProblem] = useState<string>();
  const [pasted, setPasted] = useState("");
  const errorId = `${id}-error`;

  function take(name: string, text: string) {
    const reason = onImport(name, text);
    setProblem(reason);
    if (!reason) setPasted("");
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > UNTRUSTED_YAML_MAX_BYTES) setProblem(TOO_LARGE);
    else take(file.name, await file.text());
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData("text/plain");
    if (text.length + pasted.length > UNTRUSTED_YAML_MAX_BYTES) {
      event.preventDefault();
      setProblem(TOO_LARGE);
    }
  }

  return (
    <details className="values-import" open={Boolean(imported) || undefined}>
      <summary>Import an existing values.yaml</summary>
      {imported ? <ImportedSummary imported={imported} onForget={onForget} /> : null}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          Upload values.yaml
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-describedby={problem ? errorId : undefined}
          onChange={onFile}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-paste`}>
          Or paste it
        </label>
        <textarea
          id={`${id}-paste`}
          className="input"
          rows={6}
          spellCheck={false}
          value={pasted}
          aria-describedby={problem ? errorId : undefined}
          onPaste={onPaste}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="button-secondary"
          disabled={pasted.trim() === ""}
          onClick={() => take("pasted values.yaml", pasted)}
        >
          Import pasted text
        </button>
      </div>
      {problem ? (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </details>
  );
}
