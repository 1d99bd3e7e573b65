/** Where a section of the form stands, as its step in the side navigation says. */
export type StepState = "errors" | "to do" | "done" | "optional";

/** What each state reads as beside the step's title. */
export const STEP_STATE_TEXT: Record<StepState, string> = {
  errors: "has errors",
  "to do": "required",
  done: "done",
  optional: "optional",
};
