"use client";

import { useState, type ReactNode } from "react";

import { isGenerated } from "@/lib/secrets/generated-values";
import type { ConfigPath } from "@/components/hooks/config-path";

import { fieldId } from "./field-id";
import { FieldShell } from "./field-shell";
import { shownTag } from "./shown-tag";
import { useFieldController } from "./use-field-controller";

export type SecretFieldProps = {
  name: ConfigPath;
  label: string;
  hint?: ReactNode;
  tag?: string;
  /**
   * Shows `tag` only while this holds of the field's value: "generated" or "derived" while the
   * value is the one Easel made, not once the admin typed their own.
   */
  isTagShown?: (value: string) => boolean;
  warning?: string;
  /** Makes a fresh random value; without it the field offers no Generate button. */
  generate?: () => string;
  /** Told each generated value, for fields that must follow it (a confirmation). */
  onGenerated?: (value: string) => void;
  /**
   * Told each value the admin has seen: revealed, copied or typed. With it, Generate hides the
   * field, so a new value starts unseen.
   */
  onSeen?: (value: string) => void;
};

/**
 * A secret: masked until revealed, never spell-checked (which may send text to a service) and
 * never offered to the browser's autofill.
 */
export function SecretField({
  name,
  label,
  hint,
  tag,
  isTagShown,
  warning,
  generate,
  onGenerated,
  onSeen,
}: SecretFieldProps) {
  const { field, fieldState } = useFieldController(name);
  const [isRevealed, setIsRevealed] = useState(false);
  const [copyStatus, setCopyStatus] = useState("");
  const id = fieldId(name);
  const value = (field.value as string | undefined) ?? "";

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopyStatus("Copied");
      onSeen?.(value);
    } catch {
      setCopyStatus("Copy failed: reveal and copy by hand");
    }
  }

  return (
    <FieldShell
      id={id}
      label={label}
      hint={
        hint ??
        (generate
          ? value === ""
            ? "Empty: Generate makes a random value, or enter the one in use."
            : isGenerated(value)
              ? "Easel generated a random value; Generate makes a new one."
              : "Generate makes a random value in place of this one."
          : undefined)
      }
      tag={shownTag(tag, isTagShown, value)}
      error={fieldState.error?.message}
      warning={warning}
    >
      {(aria) => (
        <div className="secret-row">
          <input
            {...aria}
            ref={field.ref}
            name={field.name}
            value={value}
            onChange={(event) => {
              setCopyStatus("");
              field.onChange(event.target.value);
              onSeen?.(event.target.value);
            }}
            onBlur={field.onBlur}
            className="input input-secret"
            type={isRevealed ? "text" : "password"}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            data-1p-ignore=""
            data-lpignore="true"
          />
          <button
            type="button"
            className="button-small"
            aria-pressed={isRevealed}
            aria-label={`${isRevealed ? "Hide" : "Show"} ${label}`}
            onClick={() => {
              if (!isRevealed) onSeen?.(value);
              setIsRevealed(!isRevealed);
            }}
          >
            {isRevealed ? "Hide" : "Show"}
          </button>
          {generate ? (
            <button
              type="button"
              className="button-small"
              aria-label={`Generate ${label}`}
              onClick={() => {
                setCopyStatus("");
                if (onSeen) setIsRevealed(false);
                const value = generate();
                field.onChange(value);
                onGenerated?.(value);
              }}
            >
              Generate
            </button>
          ) : null}
          <button
            type="button"
            className="button-small"
            aria-label={`Copy ${label}`}
            disabled={value === ""}
            onClick={onCopy}
          >
            Copy
          </button>
          <span className="copy-status" role="status">
            {copyStatus}
          </span>
        </div>
      )}
    </FieldShell>
  );
}
