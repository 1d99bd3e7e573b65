"use client";

import { createContext, useContext, type ReactNode } from "react";

import type { FieldGroup, TargetModule } from "@/lib/targets/target-module";

const TargetContext = createContext<TargetModule | undefined>(undefined);

export type TargetProviderProps = { target: TargetModule; children: ReactNode };

/** Makes the target being configured known to every field group below. */
export function TargetProvider({ target, children }: TargetProviderProps) {
  return <TargetContext.Provider value={target}>{children}</TargetContext.Provider>;
}

/** The target being configured. */
export function useTargetModule(): TargetModule {
  const target = useContext(TargetContext);
  if (!target) throw new Error("useTargetModule needs a TargetProvider above it.");
  return target;
}

/** Whether the target being configured shows `group`. */
export function useTargetShows(group: FieldGroup): boolean {
  return useTargetModule().fieldGroups.has(group);
}
