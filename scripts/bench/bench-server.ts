// Easel's production server for the browser suites: `npm start` on a free port (or `BENCH_PORT`),
// stopped with its whole process group when the suite ends or the bench fails.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

import { CHROMIUM, CHROMIUM_ARGS } from "@/e2e/fixtures/chromium";
import { freePort } from "@/scripts/test-hub/test-hub";

import { onBenchEnd, stopProcessGroup } from "./cleanup";
import { BENCH_PORT } from "./preflight";

const ROOT = path.resolve(__dirname, "..", "..");

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

/**
 * Runs `work` against Easel served by `npm start`, which builds first when the build is missing or
 * older than the sources (minutes), and stops the server however `work` ends.
 */
export async function withBenchServer<T>(work: (origin: string) => Promise<T>): Promise<T> {
  const port = BENCH_PORT === undefined ? await freePort() : Number(BENCH_PORT);
  const server = startServer(port);
  try {
    await Promise.race([waitUntilServing(server.origin, Date.now() + 600_000), server.exited]);
    return await work(server.origin);
  } finally {
    await server.stop();
  }
}

/**
 * Runs `measure` with Debian's Chromium and Easel served, and stops both after it, whatever it
 * did. The browser starts first: it takes a second, the server may first build for minutes.
 */
export async function withBrowserAndEasel<T>(
  measure: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const stopBrowser = onBenchEnd(() => browser.close());
  try {
    return await withBenchServer((origin) => measure(browser, origin));
  } finally {
    stopBrowser();
    await browser.close();
  }
}
