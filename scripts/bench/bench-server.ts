// Easel served by the bench itself from the production build, for the suites that drive a browser.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

import { CHROMIUM, CHROMIUM_ARGS } from "@/e2e/fixtures/chromium";
import { freePort } from "@/scripts/test-hub/test-hub";

import { onBenchEnd, stopProcessGroup } from "./cleanup";
import { BENCH_PORT } from "./preflight";

const ROOT = path.resolve(__dirname, "..", "..");
/** A first build on a busy two-core machine takes minutes. */
const SERVE_TIMEOUT_MS = 600_000;

/** A server of the bench's own: its address and its stop. */
export type BenchServer = { origin: string; stop: () => Promise<void> };

/**
 * Starts `npm start` on `port` in a process group of its own (start.mjs runs `next build` and the
 * server as children, and all must stop with the bench), stopped at the latest when the bench ends.
 */
function startServer(port: number): BenchServer & { exited: Promise<never> } {
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
 * Serves Easel on `BENCH_PORT` (or a free port) and resolves once it answers; rejects at once
 * when the server exits first. The caller stops it; the bench's end stops it otherwise.
 */
export async function serveEasel(): Promise<BenchServer> {
  const port = BENCH_PORT === undefined ? await freePort() : Number(BENCH_PORT);
  const server = startServer(port);
  try {
    await Promise.race([
      waitUntilServing(server.origin, Date.now() + SERVE_TIMEOUT_MS),
      server.exited,
    ]);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { origin: server.origin, stop: server.stop };
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
  let server: BenchServer | undefined;
  try {
    server = await serveEasel();
    return await measure(browser, server.origin);
  } finally {
    stopBrowser();
    await Promise.all([browser.close(), server?.stop()]);
  }
}
