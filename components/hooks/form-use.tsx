"use client";

import { createContext, useContext } from "react";

/**
 * Whether the form has been used: focused, or started from a file, a draft, typing or another
 * target. Work nobody needs before then waits for it (hashing a new form's generated passwords,
 * whose hashes the preview masks and no download of an unused form needs), so the page loads and
 * runs no more than it shows. Outside a form (the installer preview's upload): always used.
 */
export const FormUseContext = createContext(true);

export function useIsFormUsed(): boolean {
  return useContext(FormUseContext);
}
