"use client";

import { useFormContext } from "react-hook-form";

import { bcryptCost } from "@/lib/bcrypt/format";
import { generatePassword } from "@/lib/secrets/generate";
import { isGenerated } from "@/lib/secrets/generated-values";
import type { ConfigPath } from "@/components/ui/config-path";
import { fieldId } from "@/components/ui/field-id";
import { SecretField } from "@/components/ui/secret-field";
import { usePasswordHash } from "@/components/hooks/use-password-hash";

import { useSecretLedger } from "./secret-ledger";

export type HashedPasswordFieldProps = {
  /** Path of the user object holding `password` and `hash`. */
  base: `identity.localUsers.${number}` | `registry.users.${number}`;
  label: string;
  cost: number;
  /** Asks for the password a second time, in `<base>.passwordConfirmation`. */
  isConfirmed?: boolean;
};

/** A password typed or generated in the browser, with the bcrypt hash that is written instead. */
export function HashedPasswordField({ base, label, cost, isConfirmed }: HashedPasswordFieldProps) {
  const { setValue } = useFormContext();
  const { hash, isHashing } = usePasswordHash(base, cost);
  const { markSeen } = useSecretLedger();
  const hashPath = `${base}.hash` as ConfigPath;
  const confirmationPath = `${base}.passwordConfirmation` as ConfigPath;
  const computedCost = bcryptCost(hash);
  return (
    <div className="hashed-password">
      <div className="field-pair">
        <SecretField
          name={`${base}.password` as ConfigPath}
          label={label}
          tag="generated"
          isTagShown={isGenerated}
          generate={generatePassword}
          onGenerated={
            isConfirmed
              ? (value) => setValue(confirmationPath, value, { shouldValidate: true })
              : undefined
          }
          onSeen={markSeen}
          hint="Copy it now: Easel keeps no copy, and only its bcrypt hash goes into values.yaml."
        />
        {isConfirmed ? (
          <SecretField
            name={confirmationPath}
            label={`${label} again`}
            onSeen={markSeen}
            hint="Generate fills both."
          />
        ) : null}
      </div>
      <p className="hash-status" id={fieldId(hashPath)} role="status" aria-live="polite">
        {isHashing
          ? "Computing the bcrypt hash…"
          : computedCost !== undefined
            ? `bcrypt hash ready (cost ${computedCost}): ${hash.slice(0, 7)}…${hash.slice(-6)}`
            : ""}
      </p>
    </div>
  );
}
