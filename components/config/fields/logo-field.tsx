"use client";

import { useState } from "react";

import { embeddedBytes, MAX_EMBEDDED_LOGO_BYTES } from "@/lib/validation/logo";
import { fieldId } from "@/components/ui/field-id";
import { FieldShell } from "@/components/ui/field-shell";
import { useFieldController } from "@/components/ui/use-field-controller";
import { useFormGeneration } from "@/components/hooks/form-generation";

export type LogoFieldProps = {
  name: "canvas.branding.primaryLogo" | "canvas.branding.secondaryLogo";
  label: string;
  hint: string;
};

function readAsDataUri(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
    reader.readAsDataURL(file);
  });
}

/** A logo given as a URL, or uploaded and embedded as a base64 data URI. */
export function LogoField({ name, label, hint }: LogoFieldProps) {
  const { field, fieldState } = useFieldController(name);
  const generation = useFormGeneration();
  const [uploadError, setUploadError] = useState("");
  const value = (field.value as string | undefined) ?? "";
  const isEmbedded = value.startsWith("data:");
  const id = fieldId(name);

  async function onUpload(file: File | undefined) {
    if (!file) return;
    // Checked before reading, so a huge file is never loaded into the page.
    if (file.size > MAX_EMBEDDED_LOGO_BYTES) {
      setUploadError(
        `${file.name} is ${Math.ceil(file.size / 1024)} KiB; embed at most ${MAX_EMBEDDED_LOGO_BYTES / 1024} KiB, or give a URL.`,
      );
      return;
    }
    const isSameForm = generation.capture();
    try {
      setUploadError("");
      const logo = await readAsDataUri(file);
      // Read after an import or a profile replaced the form: the logo belongs to what came before.
      if (isSameForm()) field.onChange(logo);
    } catch {
      if (isSameForm()) setUploadError(`${file.name} could not be read.`);
    }
  }

  return (
    <FieldShell
      id={id}
      label={label}
      tag="optional"
      hint={hint}
      error={uploadError || fieldState.error?.message}
    >
      {(aria) => (
        <div className="secret-row">
          {isEmbedded ? (
            <output {...aria} className="input" ref={field.ref} tabIndex={-1}>
              Embedded image, {Math.ceil(embeddedBytes(value) / 1024)} KiB
            </output>
          ) : (
            <input
              {...aria}
              ref={field.ref}
              name={field.name}
              value={value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              className="input"
              type="url"
              placeholder="https://example.org/logo.png"
              autoComplete="off"
              spellCheck={false}
            />
          )}
          <label className="button-small file-button">
            Upload PNG or JPEG
            <input
              type="file"
              accept="image/png,image/jpeg"
              className="visually-hidden"
              aria-label={`Upload ${label}`}
              onChange={(event) => {
                void onUpload(event.target.files?.[0]);
                event.target.value = "";
              }}
            />
          </label>
          {value !== "" ? (
            <button type="button" className="button-small" onClick={() => field.onChange("")}>
              Clear {label}
            </button>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
