"use client";

import { useEffect, useState } from "react";

import type { StepState } from "./step-state";

/**
 * A section's state as the page shows it: an error on screen in it; else, where it holds a
 * required field, done once every one is filled; else optional (its defaults will do).
 */
export function stepStateOf(section: Element): StepState {
  if (section.querySelector('[aria-invalid="true"]')) return "errors";
  const required = [...section.querySelectorAll<HTMLInputElement>('input[aria-required="true"]')];
  if (required.length === 0) return "optional";
  return required.every((input) => input.value.trim() !== "") ? "done" : "to do";
}

/** The section a reader is at: the one holding the focus, else the last whose top has passed a third of the window. */
function sectionInView(sections: readonly HTMLElement[]): string | undefined {
  const line = window.innerHeight / 3;
  let current = sections[0]?.id;
  for (const section of sections) {
    if (section.getBoundingClientRect().top <= line) current = section.id;
  }
  return current;
}

export type SectionSteps = { current?: string; states: ReadonlyMap<string, StepState> };

/**
 * Each of `ids`' sections' state and which one is current, read from the page: what a field
 * shows (its error, its value) is what the step shows, updated as the form changes, is scrolled
 * or takes the focus.
 */
export function useSectionSteps(formId: string, ids: readonly string[]): SectionSteps {
  const [steps, setSteps] = useState<SectionSteps>({ states: new Map() });
  const key = ids.join(" ");
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form) return;
    const sections = key
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((section): section is HTMLElement => section !== null);
    let focused: string | undefined;
    let frame = 0;
    // Only the sections something happened in are read again: a keystroke reads its own, and
    // measures no section's position (a layout of the whole page) unless the page scrolled.
    let dirty = new Set<HTMLElement>(sections);
    let hasMoved = true;
    let current: string | undefined;
    const states = new Map<string, StepState>();
    const read = () => {
      frame = 0;
      for (const section of dirty) states.set(section.id, stepStateOf(section));
      dirty = new Set();
      if (hasMoved) current = focused ?? sectionInView(sections);
      hasMoved = false;
      setSteps((previous) =>
        previous.current === current &&
        [...states].every(([id, state]) => previous.states.get(id) === state)
          ? previous
          : { current, states: new Map(states) },
      );
    };
    const schedule = (changed?: Node) => {
      const section = changed && sections.find((candidate) => candidate.contains(changed));
      if (section) dirty.add(section);
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    const onFocus = (event: FocusEvent) => {
      focused = sections.find((section) => section.contains(event.target as Node))?.id;
      hasMoved = true;
      schedule();
    };
    const onScroll = () => {
      focused = undefined;
      hasMoved = true;
      schedule();
    };
    const onInput = (event: Event) => schedule(event.target as Node);
    // React writes a controlled field's value attribute too, so a reset or an import is seen.
    const observer = new MutationObserver((records) => {
      for (const record of records) schedule(record.target);
    });
    observer.observe(form, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-invalid", "value"],
    });
    form.addEventListener("input", onInput);
    form.addEventListener("focusin", onFocus);
    window.addEventListener("scroll", onScroll, { passive: true });
    read();
    return () => {
      observer.disconnect();
      form.removeEventListener("input", onInput);
      form.removeEventListener("focusin", onFocus);
      window.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame);
    };
  }, [formId, key]);
  return steps;
}
