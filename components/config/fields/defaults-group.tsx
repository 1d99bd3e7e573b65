"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { get, useFormState } from "react-hook-form";

import { parsePath } from "@/lib/paths/notation";
import { valueAtPath } from "@/lib/paths/read-write";
import type { TargetConfig } from "@/lib/schemas/targets";
import { useConfigWatch } from "@/components/hooks/config-form";
import type { ConfigPath } from "@/components/hooks/config-path";

import { useTargetForm } from "../target-context";

/** A field of the group: its path, the name the summary calls it, how its value reads there. */
export type DefaultField = { name: ConfigPath; label: string; shown?: (value: unknown) => string };

export type DefaultsGroupProps = {
  /** What the settings are, as the summary names them: "Metrics settings". */
  title: string;
  fields: readonly DefaultField[];
  children: React.ReactNode;
};

/** Each target's defaults, made once: they hold fresh secrets, which the groups never read. */
const DEFAULTS = new Map<string, TargetConfig>();

function shownValue({ shown }: DefaultField, value: unknown): string {
  if (shown) return shown(value);
  if (typeof value === "boolean") return value ? "on" : "off";
  return value === "" || value === undefined ? "empty" : String(value);
}

/**
 * Settings a new admin rarely changes, shown as one line of their values with "Change" until
 * asked for. Opened by itself once any of them differs from the target's default or holds an
 * error (which keeps it open until fixed), so nothing that needs a look is ever hidden. The fields stay in the
 * form while closed: checked, saved, and opened when something moves the focus to one.
 */
export function DefaultsGroup({ title, fields, children }: DefaultsGroupProps) {
  const target = useTargetForm();
  if (!DEFAULTS.has(target.id)) DEFAULTS.set(target.id, target.createDefaults() as TargetConfig);
  const defaults = DEFAULTS.get(target.id) as TargetConfig;
  const names = fields.map((field) => field.name);
  const values = useConfigWatch(names) as unknown[];
  const { errors } = useFormState<TargetConfig>({ name: names });
  const isChanged = fields.some(
    (field, index) =>
      JSON.stringify(values[index]) !==
      JSON.stringify(valueAtPath(defaults, parsePath(field.name))),
  );
  const hasError = names.some((name) => get(errors, name) !== undefined);
  const details = useRef<HTMLDetailsElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  useLayoutEffect(() => {
    // Set on the element: React's `open` would close it again once the values are back.
    if ((isChanged || hasError) && details.current) details.current.open = true;
  }, [isChanged, hasError]);
  return (
    <details
      ref={details}
      className="defaults-group"
      onToggle={(event) => {
        // An error stays in view until it is fixed.
        if (!event.currentTarget.open && hasError) event.currentTarget.open = true;
        setIsOpen(event.currentTarget.open);
      }}
    >
      <summary>
        <span className="defaults-title">{title}</span>
        {isOpen ? null : (
          <span className="defaults-values">
            {isChanged ? "" : "Defaults: "}
            {fields
              .map((field, index) => `${field.label} ${shownValue(field, values[index])}`)
              .join(" · ")}
          </span>
        )}
        <span className="defaults-change" aria-hidden="true">
          {isOpen ? "Hide" : "Change"}
        </span>
      </summary>
      <div className="defaults-fields">{children}</div>
    </details>
  );
}
