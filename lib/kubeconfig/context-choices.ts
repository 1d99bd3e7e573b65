import type { KubeconfigFile } from "./read";

/** One entry of the context menu: `value` is what the spoke's `kubeconfig.context` becomes. */
export type ContextChoice = { value: string; label: string };

/**
 * The context menu of a spoke whose kubeconfig Easel has read: the file's contexts in its order,
 * its current context named as such and chosen while the spoke names none (`""`, which the chart
 * reads as "the current context"). A chosen context the file lacks (from an imported values file,
 * a draft or a profile) stays, first and marked "not in this file", so it is never replaced
 * without the admin choosing; with no current context and none chosen, a first "Choose a context"
 * entry stands for the empty value.
 */
export function contextChoices(file: KubeconfigFile, chosenContext: string): ContextChoice[] {
  const chosen = chosenContext.trim();
  const choices = file.contexts.map((name): ContextChoice => {
    // The chosen entry keeps the spoke's value exactly, so the menu shows it chosen.
    if (chosen === name) return { value: chosenContext, label: labelOf(file, name) };
    // The current context is "" unless the spoke names it outright: picking it writes the
    // guide's default, and an imported `context: <current>` is kept as it is.
    return { value: name === file.currentContext ? "" : name, label: labelOf(file, name) };
  });
  if (chosen !== "" && !file.contexts.includes(chosen)) {
    return [{ value: chosenContext, label: `${chosen} (not in this file)` }, ...choices];
  }
  if (chosen === "" && file.currentContext === undefined) {
    return [{ value: "", label: "Choose a context" }, ...choices];
  }
  return choices;
}

function labelOf(file: KubeconfigFile, name: string): string {
  return name === file.currentContext ? `${name} (current context)` : name;
}
