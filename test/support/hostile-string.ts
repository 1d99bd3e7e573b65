import fc from "fast-check";

/**
 * Strings built to break hand-written YAML: quotes, comments, indicators, newlines, a line of
 * only spaces (which a literal block loses), YAML 1.1 booleans and numbers, `__proto__` (which a
 * careless reader turns into a prototype), and the separators of Easel's own text formats.
 */
export const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "true",
    "null",
    "~",
    "0777",
    "1e3",
    "0x1F",
    "2001-12-14",
    ": ",
    "- ",
    "# comment",
    "key: value",
    "a: b\nc: d",
    "'",
    '"',
    "`",
    "&anchor",
    "*alias",
    "!!binary",
    "{}",
    "[]",
    "|",
    ">",
    "%YAML 1.2",
    "---",
    "...",
    "\t",
    " leading",
    "trailing ",
    "\n",
    "line1\nline2\n",
    " \n",
    "\u2028",
    "\u0085",
    "\uFEFF",
    "<<",
    "=",
    "@",
    "%",
    "?",
    "!",
    "__proto__",
  ),
  fc
    .array(
      fc.constantFrom(
        "a",
        ":",
        " ",
        "#",
        "\n",
        "'",
        '"',
        "-",
        "{",
        "}",
        "[",
        "]",
        ",",
        "&",
        "*",
        "!",
        "|",
        ">",
        "%",
        "@",
        "`",
        // Easel's own separators: dotted paths, `key=value` pairs, GitHub's `org; org`.
        ".",
        "=",
        ";",
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join("")),
);

/** Whole texts a reader of outside input may be given: hostile lines, binary, anything. */
export const hostileText = fc.oneof(
  hostileString,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(hostileString, { maxLength: 12 }).map((lines) => lines.join("\n")),
);
