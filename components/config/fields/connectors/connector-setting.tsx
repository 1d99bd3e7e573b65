"use client";

import type { ConnectorField } from "@/lib/dex/connectors/types";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SecretField } from "@/components/ui/secret-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ConfigPath } from "@/components/hooks/config-path";

export type ConnectorSettingProps = {
  /** The connector's path, such as `identity.connectors.0`. */
  base: `identity.connectors.${number}`;
  field: ConnectorField;
  /** What Dex would not do as meant with this setting (`connectorWarnings`), if anything. */
  warning?: string;
};

const KIND_HINTS: Partial<Record<ConnectorField["kind"], string>> = {
  list: "Separate items with commas.",
  map: "key=value pairs, separated by commas.",
  orgs: "org: team, team; other-org",
};

/** What the admin needs to know to fill the field: its own hint, its format, Dex's default. */
function settingHint(field: ConnectorField): string | undefined {
  const parts = [
    field.hint ?? KIND_HINTS[field.kind],
    field.dexDefault !== undefined ? `Empty: Dex's default, ${field.dexDefault}.` : undefined,
  ];
  return parts.filter(Boolean).join(" ") || undefined;
}

function settingTag(field: ConnectorField): string | undefined {
  if (field.isReadOnly) return "derived";
  return field.isRequired ? undefined : "optional";
}

/** What a field picked from a list offers: "not set" (Dex's default) first. */
function choicesOf(field: ConnectorField): { value: string; label: string }[] {
  if (field.kind === "optionalBoolean") {
    return [
      { value: "", label: `Dex decides (${field.dexDefault ?? "not set"})` },
      { value: "true", label: "Yes" },
      { value: "false", label: "No" },
    ];
  }
  return [
    { value: "", label: field.dexDefault ? `Dex's default (${field.dexDefault})` : "Not set" },
    ...(field.options ?? []).map((option) => ({ value: option, label: option })),
  ];
}

/** One setting of a Dex connector, entered the way its kind is written. */
export function ConnectorSetting({ base, field, warning }: ConnectorSettingProps) {
  const name = `${base}.config.${field.key}` as ConfigPath;
  const hint = settingHint(field);
  const tag = settingTag(field);
  switch (field.kind) {
    case "boolean":
      return <CheckboxField name={name} label={field.label} hint={field.hint} />;
    case "secret":
      return (
        <SecretField name={name} label={field.label} hint={hint} tag={tag} warning={warning} />
      );
    case "optionalBoolean":
    case "enum":
      return (
        <SelectField name={name} label={field.label} hint={field.hint} options={choicesOf(field)} />
      );
    default:
      return (
        <TextField
          name={name}
          label={field.label}
          hint={hint}
          tag={tag}
          warning={warning}
          placeholder={field.dexDefault}
          inputMode={field.kind === "url" ? "url" : "text"}
          readOnly={field.isReadOnly}
        />
      );
  }
}
