"use client";

import { targetSummary, type TargetId } from "@/lib/targets/catalog";
import { useConfigForm } from "@/components/hooks/config-form";

import { handOff } from "./target-hand-off";
import { TargetLinks } from "./target-links";

export type TargetSwitcherProps = { current: TargetId };

/** Links to the other targets that take what the admin entered along. */
export function TargetSwitcher({ current }: TargetSwitcherProps) {
  const { getValues } = useConfigForm();
  return <TargetLinks current={current} onLeave={() => handOff(getValues())} />;
}

export type SwitchNoticeProps = { from: TargetId; to: TargetId; dropped: readonly string[] };

/** Says what came along from the previous target, and what had no place on this one. */
export function SwitchNotice({ from, to, dropped }: SwitchNoticeProps) {
  const fromName = targetSummary(from).shortName;
  const toName = targetSummary(to).shortName;
  return (
    <div className="switch-notice" role="status">
      <p>
        Switched from {fromName}: everything you entered that applies on {toName} was kept.
      </p>
      {dropped.length > 0 ? (
        <>
          <p>No longer applies on {toName}:</p>
          <ul>
            {dropped.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
