"use client";

import { useEffect, useState } from "react";

import { targetForm } from "@/lib/targets/forms";
import { loadTargetModule } from "@/lib/targets/load-module";

import { formStart, type FormStart } from "./form-start";
import { SecretLedgerProvider } from "./secret-ledger";
import { TargetConfigForm, type TargetConfigFormProps } from "./target-config-form";

/**
 * A target's form with what the page remembers beside it: which secrets the admin already has. A
 * new form starts at once; a stored draft first loads the schema it is checked against.
 */
export function TargetFormRoot(props: TargetConfigFormProps) {
  const { targetId } = props;
  const [start, setStart] = useState<FormStart | undefined>(() => formStart(targetForm(targetId)));
  const [isDraftLost, setIsDraftLost] = useState(false);
  const isDraftWaiting = start === undefined;
  useEffect(() => {
    if (!isDraftWaiting) return;
    let isCurrent = true;
    Promise.all([import("./draft-start"), loadTargetModule(targetId)]).then(
      ([{ draftFormStart }, module]) => isCurrent && setStart(draftFormStart(module)),
      () => isCurrent && setIsDraftLost(true),
    );
    return () => {
      isCurrent = false;
    };
  }, [isDraftWaiting, targetId]);
  if (!start) {
    return isDraftLost ? (
      <p className="field-error" role="alert">
        Your draft could not be read back: Easel did not answer. Reload the page to try again.
      </p>
    ) : (
      <p className="loading">Restoring your draft…</p>
    );
  }
  return (
    <SecretLedgerProvider>
      <TargetConfigForm {...props} start={start} />
    </SecretLedgerProvider>
  );
}
