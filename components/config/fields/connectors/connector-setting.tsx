"use client";

import { useWatch } from "react-hook-form";

import type { ConnectorField } from "@/lib/dex/connectors/types";
import { envExpansionWarning } from "@/lib/dex/env-expansion";
import { CheckboxField } from "@/components/ui/checkbox-field";
import type { ConfigPath } from "@/components/ui/config-path";
import { SecretField } from "@/components/ui/secret-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

export type ConnectorSettingProps = {
  /** The connector's path, such as `identity.connectors.0`. */
  base: `identity.connectors.${number}`;
  field: ConnectorField;
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

/** One setting of a Dex connector, entered the way its kind is written. */
export function ConnectorSetting({ base, field }: ConnectorSettingProps) {
  const name = `${base}.config.${field.key}` as ConfigPath;
  const value = useWatch({ name }) as unknown;
  const hint = settingHint(field);
  const tag = settingTag(field);
  const isSecret = field.kind === "secret";
  const warning = typeof value === "string" ? envExpansionWarning(value, isSecret) : undefined;
  switch (field.kind) {
    case "boolean":
      return <CheckboxField name={name} label={field.label} hint={field.hint} />;
    case "secret":
      return (
        <SecretField name={name} label={field.label} hint={hint} tag={tag} warning={warning} />
      );
    case "enum":
      return (
        <SelectField
          name={name}
          label={field.label}
          hint={field.hint}
          options={[
            {
              value: "",
              label: field.dexDefault ? `Dex's default (${field.dexDefault})` : "Not set",
            },
            ...(field.options ?? []).map((option) => ({ value: option, label: option })),
          ]}
        />
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
