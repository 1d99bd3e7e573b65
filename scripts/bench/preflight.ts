// What a suite needs from the machine, checked before any suite runs, so a missing browser or a
// busy port is said at once instead of after minutes of other suites or a half-started server.
import { accessSync, constants } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import { CHROMIUM } from "@/e2e/fixtures/chromium";

/** The port the first-load suite serves Easel on: `BENCH_PORT`, or a free one when unset. */
export const BENCH_PORT = process.env.BENCH_PORT;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why Debian's Chromium cannot be used, or undefined when it can. */
export function chromiumProblem(): string | undefined {
  if (isExecutable(CHROMIUM)) return undefined;
  const from = process.env.CHROMIUM_PATH === undefined ? "" : " (CHROMIUM_PATH)";
  return `no Chromium at ${CHROMIUM}${from}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable`;
}

/** Why `command` cannot be run from PATH, or undefined when it can. */
export function commandProblem(command: string, install: string): string | undefined {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  if (dirs.some((dir) => isExecutable(path.join(dir, command)))) return undefined;
  return `no ${command} on PATH: ${install}`;
}

function listens(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Why Easel cannot be served on `BENCH_PORT`, or undefined when it can (or it is unset). */
export async function benchPortProblem(): Promise<string | undefined> {
  if (BENCH_PORT === undefined) return undefined;
  const port = Number(BENCH_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    return `BENCH_PORT=${BENCH_PORT} is not a port number`;
  if (await listens(port)) return undefined;
  return `port ${port} (BENCH_PORT) on 127.0.0.1 is busy: stop what listens there or unset BENCH_PORT`;
}
