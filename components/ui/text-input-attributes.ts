/** What every single-line text field's input carries: typed text is never corrected or completed. */
export const TEXT_INPUT_ATTRIBUTES = {
  className: "input",
  type: "text",
  autoComplete: "off",
  spellCheck: false,
  autoCapitalize: "off",
} as const;
