// Rendering the install files a GKE admin downloads, at a typical size and at the large
// size, and whether the cost grows in proportion to the output.
import { buildInstallFiles, type InstallFiles } from "@/lib/downloads/install-files";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { gkeModule } from "@/lib/targets/gke/module";

import { ratioFigure, rounded, type Figure } from "./figure";
import { itemCount, largeGkeConfig, typicalGkeConfig } from "./gke-configs";
import { measure, type Runs } from "./measure";

const TYPICAL_BUDGET_MS = 5;
const LARGE_BUDGET_MS = 50;
/**
 * "Roughly linear": rendering a byte of the large files may cost at most twice what it costs in
 * the typical ones. Linear growth gives about 1 (less, as fixed costs spread); quadratic growth in
 * a list of 100 would give far more than 2.
 */
const GROWTH_BUDGET = 2;
const GROWTH_RULE = `linear enough when large's time per output byte is at most ${GROWTH_BUDGET}x typical's`;

const GENERATED_AT = new Date("2026-01-01T00:00:00Z");

const outputBytes = (files: InstallFiles) =>
  Object.values(files).reduce((total, text) => total + Buffer.byteLength(text), 0);

type SizedRender = { figure: Figure; items: number; bytes: number };

function measureRender(
  label: string,
  config: GkeConfig,
  budgetMs: number,
  runs: Runs,
): SizedRender {
  const render = () => buildInstallFiles(gkeModule, config, GENERATED_AT);
  const bytes = outputBytes(render());
  const items = itemCount(config);
  const figure = measure(
    `render values.yaml + secrets.yaml + install.sh, ${label} GKE`,
    budgetMs,
    render,
    runs,
  );
  return { figure: { ...figure, items, outputBytes: bytes }, items, bytes };
}

function growthFigure(typical: SizedRender, large: SizedRender): Figure {
  const timeRatio = large.figure.median / typical.figure.median;
  const bytesRatio = large.bytes / typical.bytes;
  return ratioFigure(
    "render growth, large vs typical: time per output byte",
    timeRatio / bytesRatio,
    GROWTH_BUDGET,
    Math.min(typical.figure.runs, large.figure.runs),
    {
      rule: GROWTH_RULE,
      timeRatio: rounded(timeRatio),
      outputBytesRatio: rounded(bytesRatio),
      itemsRatio: rounded(large.items / typical.items),
    },
  );
}

/** Typical and large renders, each against its budget, and the growth between them. */
export function measureRenders(): Figure[] {
  const typical = measureRender("typical", typicalGkeConfig(), TYPICAL_BUDGET_MS, {
    warmup: 30,
    timed: 300,
  });
  const large = measureRender("large", largeGkeConfig(), LARGE_BUDGET_MS, {
    warmup: 10,
    timed: 100,
  });
  return [typical.figure, large.figure, growthFigure(typical, large)];
}
