"use client";

import { useId, useState } from "react";
import Link from "next/link";

import { readProfile, renderProfile } from "@/lib/profile/profile";
import type { TargetConfig } from "@/lib/schemas/targets";
import { targetSummary, type TargetId } from "@/lib/targets/catalog";
import { YamlTextInput } from "@/components/ui/yaml-text-input";
import { useConfigForm } from "@/components/hooks/config-form";

import { downloadFile } from "./download";
import { useSecretLedger } from "./secret-ledger";

export type ProfileToolsProps = {
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
    const name = targetSummary(reading.config.target).name;
    return { message: `This profile is for ${name}.`, otherTarget: reading.config.target };
  }
  return { config: reading.config };
}

/**
 * The configuration as a profile, the file the CLI renders from: exported without secrets unless
 * asked, and imported back into the form.
 */
export function ProfileTools({ targetId, onLoad }: ProfileToolsProps) {
  const id = useId();
  const { getValues } = useConfigForm();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [otherTarget, setOtherTarget] = useState<TargetId>();
  const ledger = useSecretLedger();

  function exportProfile() {
    const config = getValues();
    const text = renderProfile(config, { includeSecrets });
    downloadFile(`paletteai-${targetId}-profile.yaml`, text, "application/yaml;charset=utf-8");
    if (includeSecrets) ledger.markKept(config, "profile");
  }

  function loadProfile(_name: string, text: string): string | undefined {
    const result = refusalOf(text, targetId);
    if ("config" in result) {
      setOtherTarget(undefined);
      // The admin holds the profile's secrets and passwords in that file already.
      ledger.markKept(result.config, "profile");
      result.config.identity.localUsers.forEach((user) => ledger.markSeen(user.password));
      onLoad(result.config);
      return undefined;
    }
    setOtherTarget(result.otherTarget);
    return result.message;
  }

  return (
    <>
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
      <YamlTextInput fileLabel="profile.yaml" onText={loadProfile} />
      {otherTarget ? (
        <Link href={`/targets/${otherTarget}`}>Open that target&apos;s form</Link>
      ) : null}
    </>
  );
}
