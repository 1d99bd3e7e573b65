"use client";

import { useEffect, useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";

import type { TargetConfig } from "@/lib/schemas/targets";
import { hasUnkeptSecrets } from "@/lib/secrets/unkept-secrets";

/**
 * While the form holds a secret not saved in any downloaded file or exported profile (nor loaded
 * from one), leaving the page asks first, with the browser's own prompt. Nothing is registered
 * while there is nothing to lose, so the page stays as free to leave as any other.
 */
export function useLeavePrompt(control: Control<TargetConfig>, kept: ReadonlySet<string>): void {
  const config = useWatch({ control });
  const isAtRisk = useMemo(() => hasUnkeptSecrets(config, kept), [config, kept]);
  useEffect(() => {
    if (!isAtRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 and Safari show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isAtRisk]);
}
