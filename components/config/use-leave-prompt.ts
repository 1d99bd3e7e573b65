"use client";

import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { hasUnkeptSecrets } from "@/lib/secret-tracking/unkept-secrets";

import type { SecretLedger } from "./secret-ledger";

/** How long changes pause before the form's secrets are read again. */
const CHECK_PAUSE_MS = 250;

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
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Asked again at the moment of leaving: a download may have just saved everything.
      if (!hasUnkeptSecrets(getValues(), keptNow())) return;
      event.preventDefault();
      // Chromium before 119 and Safari show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    let isRegistered = false;
    const register = (isAtRisk: boolean) => {
      if (isAtRisk === isRegistered) return;
      if (isAtRisk) window.addEventListener("beforeunload", onBeforeUnload);
      else window.removeEventListener("beforeunload", onBeforeUnload);
      isRegistered = isAtRisk;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => register(hasUnkeptSecrets(getValues(), kept));
    // Reading every secret of a large configuration takes longer than a keystroke: a change
    // registers the prompt at once (leaving asks again anyway), and the check that may lift it
    // runs once changes pause. Neither renders anything.
    const checkAfterPause = () => {
      register(true);
      clearTimeout(timer);
      timer = setTimeout(check, CHECK_PAUSE_MS);
    };
    check();
    const unsubscribe = subscribe({ formState: { values: true }, callback: checkAfterPause });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      register(false);
    };
  }, [subscribe, getValues, kept, keptNow]);
}
