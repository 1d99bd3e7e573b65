"use client";

import { createContext, useContext, type ReactNode } from "react";

import type { FieldGroup, TargetForm } from "@/lib/targets/target-module";

const TargetContext = createContext<TargetForm | undefined>(undefined);

export type TargetProviderProps = { target: TargetForm; children: ReactNode };

/** Makes the target being configured known to every field group below. */
export function TargetProvider({ target, children }: TargetProviderProps) {
  return <TargetContext.Provider value={target}>{children}</TargetContext.Provider>;
}

/** The form of the target being configured; its schema and values load with `loadTargetModule`. */
export function useTargetForm(): TargetForm {
  const target = useContext(TargetContext);
  if (!target) throw new Error("useTargetForm needs a TargetProvider above it.");
  return target;
}

/** Whether the target being configured shows `group`. */
export function useTargetShows(group: FieldGroup): boolean {
  return useTargetForm().fieldGroups.has(group);
}
