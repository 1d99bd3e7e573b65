"use client";

import { bcryptCost } from "@/lib/bcrypt/format";
import { generatePassword } from "@/lib/secrets/generate";
import { isGenerated } from "@/lib/secrets/generated-values";
import { fieldId } from "@/components/ui/field-id";
import { SecretField } from "@/components/ui/secret-field";
import { useConfigForm } from "@/components/hooks/config-form";
import { usePasswordHash } from "@/components/hooks/use-password-hash";

import { useSecretLedger } from "./secret-ledger";

/** `base` is the path of the user object holding `password` and `hash`. */
export type HashedPasswordFieldProps = {
  label: string;
  cost: number;
} & (
  | {
      base: `identity.localUsers.${number}`;
      /** Asks for the password a second time, in `<base>.passwordConfirmation`. */
      isConfirmed?: boolean;
    }
  // Registry users have no confirmation field.
  | { base: `registry.users.${number}`; isConfirmed?: never }
);

/** A password typed or generated in the browser, with the bcrypt hash that is written instead. */
export function HashedPasswordField(props: HashedPasswordFieldProps) {
  const { base, label, cost } = props;
  const { setValue } = useConfigForm();
  const { hash, isHashing } = usePasswordHash(base, cost);
  const { markSeen } = useSecretLedger();
  const hashPath = `${base}.hash` as const;
  const confirmationPath = props.isConfirmed
    ? (`${props.base}.passwordConfirmation` as const)
    : undefined;
  const computedCost = bcryptCost(hash);
  return (
    <div className="hashed-password">
      <div className="field-pair">
        <SecretField
          name={`${base}.password`}
          label={label}
          tag="generated"
          isTagShown={isGenerated}
          generate={generatePassword}
          onGenerated={
            confirmationPath
              ? (value) => setValue(confirmationPath, value, { shouldValidate: true })
              : undefined
          }
          onSeen={markSeen}
          hint="Copy it now: Easel keeps no copy, and only its bcrypt hash goes into values.yaml."
        />
        {confirmationPath ? (
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
