// The JavaScript a browser downloads to show a page, from the production build, measured the way a
// user's browser fetches it: Debian's Chromium loads the page from `npm start` and every script
// response is counted until the network is idle, each gzipped as the server would send it.
import { spawn } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";

import { CHROMIUM, CHROMIUM_ARGS } from "@/e2e/fixtures/chromium";
import { freePort } from "@/scripts/test-hub/test-hub";

import { onBenchEnd, stopProcessGroup } from "./cleanup";
import { rounded, type Figure } from "./figure";
import { median } from "./measure";
import { BENCH_PORT } from "./preflight";

const ROOT = path.resolve(__dirname, "..", "..");
const BUDGET_KB = 200;
const LOADS = 3;
const PAGES = [
  { name: "start page", path: "/" },
  { name: "GKE configuration page", path: "/targets/gke" },
];

/** A server of the bench's own: its address, a promise that rejects when it exits, its stop. */
type BenchServer = { origin: string; exited: Promise<never>; stop: () => Promise<void> };

/**
 * Starts `npm start` on `port` in a process group of its own (start.mjs runs `next build` and the
 * server as children, and all must stop with the bench), stopped at the latest when the bench ends.
 */
function startServer(port: number): BenchServer {
  // start.mjs builds first when the build is missing or older than the sources.
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const { pid } = server;
  const stopGroup = async () => {
    if (pid !== undefined) await stopProcessGroup(pid);
  };
  const forget = onBenchEnd(stopGroup);
  const exited = new Promise<never>((_, reject) => {
    server.once("error", reject);
    server.once("exit", (code, signal) =>
      reject(new Error(`npm start exited (${signal ?? `code ${code}`}) before Easel answered.`)),
    );
  });
  // Only a race with waitUntilServing reads it; a later exit is the bench's own doing.
  exited.catch(() => undefined);
  const stop = () => {
    forget();
    return stopGroup();
  };
  return { origin: `http://127.0.0.1:${port}`, exited, stop };
}

async function waitUntilServing(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Easel did not answer at ${url}.`);
}

type ScriptLoad = {
  /** Every script fetched until the network was idle: what the form needs before it can be used. */
  kb: number;
  files: number;
  /** Only the scripts the page's HTML names, as Next.js counts "First Load JS". */
  inHtmlKb: number;
};

const kilobytes = (sizes: readonly number[]) => sizes.reduce((sum, size) => sum + size, 0) / 1000;

/** Gzipped kilobytes (1000 bytes, as bundle reports count) of the scripts one load fetched. */
async function scriptLoad(browser: Browser, url: string): Promise<ScriptLoad> {
  const page = await browser.newPage();
  const bodies: Promise<[string, number]>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const { pathname } = new URL(response.url());
    bodies.push(response.body().then((body) => [pathname, gzipSync(body).length]));
  });
  const html = (await (await page.goto(url, { waitUntil: "networkidle" }))?.text()) ?? "";
  const sizes = await Promise.all(bodies);
  await page.close();
  const named = new Set([...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map(([, src]) => src));
  return {
    kb: kilobytes(sizes.map(([, size]) => size)),
    files: sizes.length,
    inHtmlKb: kilobytes(sizes.filter(([pathname]) => named.has(pathname)).map(([, size]) => size)),
  };
}

export async function measureFirstLoadJs(): Promise<Figure[]> {
  // The browser first: it starts in a second, a server may first have to build for minutes.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const stopBrowser = onBenchEnd(() => browser.close());
  const port = BENCH_PORT === undefined ? await freePort() : Number(BENCH_PORT);
  const server = startServer(port);
  try {
    const { origin } = server;
    await Promise.race([waitUntilServing(origin, Date.now() + 600_000), server.exited]);
    const figures: Figure[] = [];
    for (const { name, path: pagePath } of PAGES) {
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
      });
    }
    return figures;
  } finally {
    stopBrowser();
    await Promise.all([browser.close(), server.stop()]);
  }
}
