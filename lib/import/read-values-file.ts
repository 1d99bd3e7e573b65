import type { Document } from "yaml";

import { isMapping, type Tree } from "@/lib/tree/tree";
import { parseUntrustedYaml, type TextProblem } from "@/lib/yaml/parse-untrusted";

export type ValuesFileReading = { values: Tree; document: Document.Parsed } | TextProblem;

/**
 * A values file from outside (an upload, a paste, a customer's host file): refused with the reason
 * when malformed, oversized, hostile or not keys at its top; keys written twice are read as Helm
 * reads them (the last wins), for the caller to warn about.
 */
export function readValuesFile(text: string): ValuesFileReading {
  const reading = parseUntrustedYaml(text, "values file", {
    uniqueKeys: false,
    keepSourceTokens: true,
  });
  if ("problem" in reading) return reading;
  const values = reading.value ?? {};
  if (!isMapping(values)) {
    return {
      problem: "This is not a values file: its top level must be keys such as global: or dex:.",
    };
  }
  return { values, document: reading.document };
}
