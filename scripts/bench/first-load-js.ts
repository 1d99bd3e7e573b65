// The JavaScript a browser downloads to show a page, from the production build, measured the way a
// user's browser fetches it: Debian's Chromium loads the page from `npm start` and every script
// response is counted until the network is idle, each gzipped as the server would send it. A Web
// Worker's own scripts count too: Chromium gives what a worker imports the resource type "other",
// so a script is known by its path; a chunk the page and a worker both load counts once.
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

import { BENCH_PAGES } from "./bench-pages";
import { withBrowserAndEasel } from "./bench-server";
import { rounded, type Figure } from "./figure";
import { median } from "./measure";

const BUDGET_KB = 200;
const LOADS = 3;
const LARGEST_LISTED = 6;

type ScriptLoad = {
  /** Every script fetched until the network was idle: what the form needs before it can be used. */
  kb: number;
  files: number;
  /** Only the scripts the page's HTML names, as Next.js counts "First Load JS". */
  inHtmlKb: number;
  /** The largest scripts, path and gzipped kB: where to look first to make the page lighter. */
  largest: [string, number][];
};

const kilobytes = (sizes: readonly number[]) => sizes.reduce((sum, size) => sum + size, 0) / 1000;

/** Gzipped kilobytes (1000 bytes, as bundle reports count) of the scripts one load fetched. */
async function scriptLoad(browser: Browser, url: string): Promise<ScriptLoad> {
  const page = await browser.newPage();
  const bodies: Promise<[string, number]>[] = [];
  // A script answered after the network was idle is not counted: reading its body once the page
  // is closed would fail the whole bench.
  let isCounting = true;
  const counted = new Set<string>();
  page.on("response", (response) => {
    if (!isCounting) return;
    const { pathname } = new URL(response.url());
    const isScript = response.request().resourceType() === "script" || pathname.endsWith(".js");
    if (!isScript || counted.has(pathname)) return;
    counted.add(pathname);
    bodies.push(response.body().then((body) => [pathname, gzipSync(body).length]));
  });
  const html = (await (await page.goto(url, { waitUntil: "networkidle" }))?.text()) ?? "";
  isCounting = false;
  const sizes = await Promise.all(bodies);
  await page.close();
  const named = new Set([...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map(([, src]) => src));
  return {
    kb: kilobytes(sizes.map(([, size]) => size)),
    files: sizes.length,
    inHtmlKb: kilobytes(sizes.filter(([pathname]) => named.has(pathname)).map(([, size]) => size)),
    largest: [...sizes]
      .sort(([, a], [, b]) => b - a)
      .slice(0, LARGEST_LISTED)
      .map(([pathname, size]) => [pathname, rounded(size / 1000, 1)]),
  };
}

export function measureFirstLoadJs(): Promise<Figure[]> {
  return withBrowserAndEasel(async (browser, origin) => {
    const figures: Figure[] = [];
    for (const { name, path: pagePath } of BENCH_PAGES) {
      const loads: ScriptLoad[] = [];
      for (let load = 0; load < LOADS; load++)
        loads.push(await scriptLoad(browser, origin + pagePath));
      const kb = median(loads.map((load) => load.kb));
      figures.push({
        name: `first-load JavaScript of the ${name} (gzip, until the network is idle)`,
        unit: "kB",
        median: rounded(kb, 1),
        budget: BUDGET_KB,
        runs: LOADS,
        withinBudget: kb <= BUDGET_KB,
        scripts: loads[0]?.files,
        inPageHtmlKb: rounded(median(loads.map((load) => load.inHtmlKb)), 1),
        largestScripts: loads[0]?.largest,
      });
    }
    return figures;
  });
}
