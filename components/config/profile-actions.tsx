"use client";

import Link from "next/link";
import { useId, useState, type ChangeEvent } from "react";
import { useFormContext } from "react-hook-form";

import { readProfile, renderProfile } from "@/lib/profile/profile";
import type { TargetConfig } from "@/lib/schemas/targets";
import { findTarget, type TargetId } from "@/lib/targets/registry";
import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/parse-untrusted";

import { downloadFile } from "./download";

export type ProfileActionsProps = {
  targetId: TargetId;
  /** Fills the form from a profile's configuration. */
  onLoad: (config: TargetConfig) => void;
};

type Refusal = { message: string; otherTarget?: TargetId };

function refusalOf(text: string, targetId: TargetId): Refusal | { config: TargetConfig } {
  const reading = readProfile(text);
  if ("problems" in reading) {
    const [problem] = reading.problems;
    return {
      message: problem ? `${problem.path || "Profile"}: ${problem.message}` : "Unreadable.",
    };
  }
  if (reading.config.target !== targetId) {
    const name = findTarget(reading.config.target)?.name ?? reading.config.target;
    return { message: `This profile is for ${name}.`, otherTarget: reading.config.target };
  }
  return { config: reading.config };
}

/**
 * The configuration as a profile, the file the CLI renders from: exported without secrets unless
 * asked, and imported back into the form.
 */
export function ProfileActions({ targetId, onLoad }: ProfileActionsProps) {
  const id = useId();
  const { getValues } = useFormContext<TargetConfig>();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  function exportProfile() {
    const text = renderProfile(getValues(), { includeSecrets });
    downloadFile(`paletteai-${targetId}-profile.yaml`, text, "application/yaml;charset=utf-8");
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > UNTRUSTED_YAML_MAX_BYTES) {
      setRefusal({ message: `Profiles are at most ${UNTRUSTED_YAML_MAX_BYTES / 1024} KiB.` });
      return;
    }
    const result = refusalOf(await file.text(), targetId);
    if ("config" in result) {
      setRefusal(undefined);
      onLoad(result.config);
    } else setRefusal(result);
  }

  return (
    <details className="values-import">
      <summary>Profile: save this configuration, or load one</summary>
      <p className="field-hint">
        A profile is this form as YAML; <code>npm run easel -- render</code> makes the same files
        from it.
      </p>
      <div className="field field-checkbox">
        <input
          id={`${id}-secrets`}
          type="checkbox"
          checked={includeSecrets}
          onChange={(event) => setIncludeSecrets(event.target.checked)}
        />
        <label className="field-label" htmlFor={`${id}-secrets`}>
          Include secrets in the exported profile
        </label>
      </div>
      <button type="button" className="button-secondary" onClick={exportProfile}>
        Export profile
      </button>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          Load a profile
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml,text/yaml,application/yaml"
          aria-describedby={refusal ? `${id}-error` : undefined}
          onChange={onFile}
        />
      </div>
      {refusal ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {refusal.message}{" "}
          {refusal.otherTarget ? (
            <Link href={`/targets/${refusal.otherTarget}`}>Open that target&apos;s form</Link>
          ) : null}
        </p>
      ) : null}
    </details>
  );
}
