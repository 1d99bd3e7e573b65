"use client";

import { useState } from "react";

import type { TargetId } from "@/lib/targets/catalog";
import { targetForm } from "@/lib/targets/forms";
import { loadTargetModule } from "@/lib/targets/load-module";

import { readBeforeLoad } from "./before-load";
import { formStart, type FormStart } from "./form-start";
import { SecretLedgerProvider } from "./secret-ledger";
import { TargetConfigForm, type TargetConfigFormProps } from "./target-config-form";

/**
 * What a target's form starts from. A new form starts at once; a stored draft first loads the
 * schema it is checked against.
 */
export async function loadFormStart(targetId: TargetId): Promise<FormStart> {
  const start = formStart(targetForm(targetId));
  if (start) return start;
  const [{ draftFormStart }, module] = await Promise.all([
    import("./draft-start"),
    loadTargetModule(targetId),
  ]);
  return draftFormStart(module);
}

/**
 * A target's form with what the page remembers beside it: which secrets the admin already has,
 * and what was done in the page shown while the form loaded.
 */
export function TargetFormRoot(props: TargetConfigFormProps & { start: FormStart }) {
  const [beforeLoad] = useState(readBeforeLoad);
  return (
    <SecretLedgerProvider>
      <TargetConfigForm {...props} beforeLoad={beforeLoad} />
    </SecretLedgerProvider>
  );
}
