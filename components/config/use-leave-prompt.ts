"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { hasUnkeptSecrets } from "@/lib/secret-tracking/unkept-secrets";

import type { SecretLedger } from "./secret-ledger";

/**
 * While the form holds a secret not saved in any downloaded file or exported profile (nor loaded
 * from one), leaving the page asks first, with the browser's own prompt. Nothing is registered
 * while there is nothing to lose, so the page stays as free to leave as any other. It subscribes to
 * the form rather than watching it, so a keystroke re-renders no component.
 */
export function useLeavePrompt(
  form: Pick<UseFormReturn<TargetConfig>, "subscribe" | "getValues">,
  ledger: Pick<SecretLedger, "kept" | "keptNow">,
): void {
  const { subscribe, getValues } = form;
  const { kept, keptNow } = ledger;
  const [isAtRisk, setIsAtRisk] = useState(false);
  useEffect(() => {
    const check = () => setIsAtRisk(hasUnkeptSecrets(getValues(), kept));
    check();
    return subscribe({ formState: { values: true }, callback: check });
  }, [subscribe, getValues, kept]);
  useEffect(() => {
    if (!isAtRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Asked again at the moment of leaving: a download may have just saved everything.
      if (!hasUnkeptSecrets(getValues(), keptNow())) return;
      event.preventDefault();
      // Chromium before 119 and Safari show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isAtRisk, getValues, keptNow]);
}
