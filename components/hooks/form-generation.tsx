"use client";

import { createContext, useContext, type ReactNode } from "react";

import { FormGeneration } from "@/lib/forms/generation";

/** Outside a form (the installer preview's upload) nothing replaces the content: always fresh. */
const NEVER_REPLACED = new FormGeneration();

const FormGenerationContext = createContext<FormGeneration>(NEVER_REPLACED);

export type FormGenerationProviderProps = { generation: FormGeneration; children: ReactNode };

/** Lets every field below tell whether the form's content was replaced since its work began. */
export function FormGenerationProvider({ generation, children }: FormGenerationProviderProps) {
  return (
    <FormGenerationContext.Provider value={generation}>{children}</FormGenerationContext.Provider>
  );
}

/** The generation of the form around this field. */
export function useFormGeneration(): FormGeneration {
  return useContext(FormGenerationContext);
}
