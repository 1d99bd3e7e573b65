// A values file as an admin keeps one after a year of edits: Easel's own output for a large
// install, with comments above most keys, blank lines between entries, keys the chart's form does
// not know (the admin's own notes and settings), and a section of the team's own at the end.

const BANNER = "# =============================================================================";

/** Down to this indent every key sits in a mapping, never a list item, so an added key stays a sibling. */
const UNKNOWN_KEY_MAX_INDENT = 2;

export type CommentedValues = {
  text: string;
  /** The non-blank lines added to Easel's output (comments and unknown keys), in file order. */
  addedLines: string[];
};

const indentOf = (line: string) => line.length - line.trimStart().length;

/** A key whose value is a literal or folded block, where a `#` line would become content. */
const opensBlockScalar = (line: string) => /(:|^\s*-)\s+[|>][+-]?\d?$/.test(line);

const keyOf = (line: string) => /^\s*(?:- )?([^:#\s][^:]*):/.exec(line)?.[1];

function sectionBanner(key: string, ordinal: number): string[] {
  return [
    "",
    BANNER,
    `# ${key}: section ${ordinal} of the chart values.`,
    `# Reviewed by the platform team; see runbook page ${100 + ordinal} before changing it.`,
    BANNER,
  ];
}

function unknownKey(indent: string, ordinal: number): string[] {
  return ordinal % 3 === 0
    ? [
        `${indent}# Read by Acme's deploy tooling (ticket OPS-${4000 + ordinal}); the chart ignores it.`,
        `${indent}acmeRollout${ordinal}:`,
        `${indent}  window: "sat 02:00-04:00" # change window ${ordinal}`,
        `${indent}  approvers: [ops-${ordinal % 7}, sre-${ordinal % 5}]`,
      ]
    : [`${indent}acmeOwner${ordinal}: team-${ordinal % 11} # owner on call, rota ${ordinal}`];
}

/** Comments and unknown keys above one line of the rendered file, by what the line starts. */
function annotations(line: string, lineNumber: number, counter: { unknown: number }): string[] {
  const indent = " ".repeat(indentOf(line));
  const key = keyOf(line);
  if (key === undefined) return [];
  if (indent === "") return sectionBanner(key, lineNumber);
  const added: string[] = [];
  if (indent.length <= UNKNOWN_KEY_MAX_INDENT && lineNumber % 2 === 0) {
    added.push(...unknownKey(indent, ++counter.unknown));
  }
  if (line.trimStart().startsWith("- ")) {
    added.push(
      "",
      `${indent}# ${key} entry, change CR-${lineNumber}: keep the order, tooling diffs it.`,
    );
  } else if (line.trimEnd().endsWith(":") || lineNumber % 3 === 0) {
    added.push(`${indent}# -- ${key}: as agreed in change review CR-${lineNumber}.`);
  }
  return added;
}

/** The admin's own section at the end, long enough that the file has exactly `lineCount` lines. */
function padding(linesSoFar: number, lineCount: number, counter: { unknown: number }): string[] {
  const lines = ["", BANNER, "# Acme's own settings, read by our deploy tooling only.", BANNER];
  lines.push("acmeOperations:");
  while (linesSoFar + lines.length + 2 <= lineCount) {
    const ordinal = ++counter.unknown;
    lines.push(`  # Maintenance slot ${ordinal}.`, `  slot${ordinal}: "sun 0${ordinal % 6}:00"`);
  }
  if (linesSoFar + lines.length < lineCount) lines.push("  # End of the team's settings.");
  return lines;
}

/**
 * `rendered` (Easel's values.yaml) annotated to exactly `lineCount` lines. Deterministic: the same
 * input gives the same file. Throws when the annotations alone pass `lineCount`, so the figure's
 * file size never drifts silently.
 */
export function commentedValuesFile(rendered: string, lineCount: number): CommentedValues {
  const lines: string[] = [];
  const addedLines: string[] = [];
  const add = (extra: string[]) => {
    lines.push(...extra);
    addedLines.push(...extra.filter((line) => line.trim() !== ""));
  };
  const counter = { unknown: 0 };
  let blockIndent: number | undefined;
  rendered
    .replace(/\n$/, "")
    .split("\n")
    .forEach((line, index) => {
      const inBlock =
        blockIndent !== undefined && (line.trim() === "" || indentOf(line) > blockIndent);
      if (!inBlock) {
        blockIndent = undefined;
        add(annotations(line, index + 1, counter));
        if (opensBlockScalar(line)) blockIndent = indentOf(line);
      }
      lines.push(line);
    });
  if (lines.length > lineCount) {
    throw new Error(`The annotated file has ${lines.length} lines, over ${lineCount}.`);
  }
  add(padding(lines.length, lineCount, counter));
  return { text: `${lines.join("\n")}\n`, addedLines };
}
