// Importing a long, commented values file and exporting it with one edit: the round trip an admin
// makes when Easel takes over a file they have kept by hand.
import { importValues, renderOverImported } from "@/lib/import/import-values";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { gkeModule } from "@/lib/targets/gke/module";
import { renderValuesFile } from "@/lib/targets/values-file";
import { validGkeConfig } from "@/test/support/gke-config";

import { commentedValuesFile, type CommentedValues } from "./commented-values";
import type { Figure } from "./figure";
import { itemCount, largeGkeConfig } from "./gke-configs";
import { measure } from "./measure";

const IMPORT_BUDGET_MS = 100;
const FILE_LINES = 3000;
const EDITED_DOMAIN = "ai.acme-renamed.io";
/**
 * Two uploads that differ only in their header's date. The export reuses the import's parse of
 * the same text, as it does on a real upload; alternating them means no run finds a parse left by
 * the run before.
 */
const UPLOAD_DATES = [new Date("2026-01-01T00:00:00Z"), new Date("2026-01-02T00:00:00Z")];

/** The whole round trip: parse, fill the form, make the admin's edit, write the file back. */
function roundTrip(text: string, current: GkeConfig): { exported: string; config: GkeConfig } {
  const result = importValues(gkeModule, "values.yaml", text, current);
  if ("problem" in result) throw new Error(`The bench file was refused: ${result.problem}`);
  const { config, imported } = result;
  config.global.domain = EDITED_DOMAIN;
  return { exported: renderOverImported(imported, gkeModule.buildValues(config)), config };
}

const commentLines = (text: string) => text.split("\n").filter((line) => /^\s*#/.test(line));

/** Whether `wanted` appear in `lines` in the same order, other lines between them allowed. */
function inOrder(wanted: readonly string[], lines: readonly string[]): boolean {
  let next = 0;
  for (const line of lines) if (line === wanted[next]) next++;
  return next === wanted.length;
}

/**
 * Fails the bench unless the round trip did the work the figure claims: the form holds the
 * file's lists, the edit landed, and every comment and unknown key survived.
 */
function checkRoundTrip(
  file: CommentedValues,
  source: GkeConfig,
  { exported, config }: { exported: string; config: GkeConfig },
): void {
  const problems = [
    file.text.split("\n").length - 1 === FILE_LINES ? "" : `the file is not ${FILE_LINES} lines`,
    itemCount(config) === itemCount(source) ? "" : "the form did not take every list entry",
    exported.includes(`domain: ${EDITED_DOMAIN}\n`) ? "" : "the edited domain is not in the export",
    commentLines(exported).join("\n") === commentLines(file.text).join("\n")
      ? ""
      : "a comment line was lost or changed",
    inOrder(file.addedLines, exported.split("\n")) ? "" : "an unknown key or comment was lost",
  ].filter((problem) => problem !== "");
  if (problems.length > 0)
    throw new Error(`Import bench is not measuring: ${problems.join("; ")}.`);
}

/** The 3,000-line import's median, after checking once that the round trip is complete. */
export function measureImport(): Figure[] {
  const source = largeGkeConfig();
  const files = UPLOAD_DATES.map((date) =>
    commentedValuesFile(renderValuesFile(gkeModule, source, date), FILE_LINES),
  );
  const current = validGkeConfig();
  for (const file of files) checkRoundTrip(file, source, roundTrip(file.text, current));
  let run = 0;
  const figure = measure(
    `import, edit and re-export a ${FILE_LINES}-line commented values.yaml`,
    IMPORT_BUDGET_MS,
    () => roundTrip(files[run++ % files.length]!.text, current),
    { warmup: 3, timed: 30 },
  );
  const fileBytes = Buffer.byteLength(files[0]!.text);
  return [
    {
      ...figure,
      fileLines: FILE_LINES,
      fileBytes,
      parses: "the import's, then one to verify the export, as on a new upload",
    },
  ];
}
