"use client";

import { SecretLedgerProvider } from "./secret-ledger";
import { TargetConfigForm, type TargetConfigFormProps } from "./target-config-form";

/** A target's form with what the page remembers beside it: which secrets the admin already has. */
export function TargetFormRoot(props: TargetConfigFormProps) {
  return (
    <SecretLedgerProvider>
      <TargetConfigForm {...props} />
    </SecretLedgerProvider>
  );
}
