// `npm run bench` run as a user runs it, on a machine that lacks something or when interrupted: it
// must say what is wrong, exit non-zero within seconds and leave nothing it started running.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { freePort } from "@/scripts/test-hub/test-hub";

import { descendantsOf, stillRunning, type ProcessSeen } from "./process-tree";

const ROOT = path.resolve(__dirname, "..", "..");
/** "Within seconds", with room for a cold compile on a busy two-core machine. */
const PROMPT_EXIT_MS = 10_000;
/** A run still going after this has hung: the test stops it (and what it left) and fails. */
const HANG_MS = 45_000;

type BenchRun = {
  code: number | null;
  stderr: string;
  /** From the start, or from the interrupt when there was one, to the exit. */
  exitMs: number;
  /** Every process the run had below it at any moment. */
  seen: ProcessSeen[];
  /** What was still running when it exited, or when the test found it hung and stopped it. */
  left: string[];
};

type RunOptions = {
  args?: string[];
  env?: Record<string, string>;
  /** Sends Ctrl-C's SIGINT to the run's process group once a process below it matches. */
  interruptWhen?: (process: ProcessSeen) => boolean;
};

function runBench({ args = [], env = {}, interruptWhen }: RunOptions): Promise<BenchRun> {
  return new Promise((resolve, reject) => {
    // A process group of its own, as a terminal gives a command, so an interrupt reaches it whole.
    const bench = spawn("npm", ["run", "bench", "--", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stderr = "";
    bench.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    bench.stdout.resume();
    const seen = new Map<string, ProcessSeen>();
    let startedAt = Date.now();
    let interrupted = false;
    const watch = setInterval(() => {
      if (bench.pid === undefined) return;
      for (const found of descendantsOf(bench.pid))
        seen.set(`${found.pid}@${found.startTime}`, found);
      if (!interrupted && interruptWhen && [...seen.values()].some(interruptWhen)) {
        interrupted = true;
        startedAt = Date.now();
        process.kill(-bench.pid, "SIGINT");
      }
    }, 50);
    let left: string[] | undefined;
    /** Records what still runs, then stops it: nothing a failed run started outlives the test. */
    const stopLeftovers = () => {
      const running = [...seen.values()].filter(stillRunning);
      left ??= running.map((found) => found.command);
      for (const found of running) process.kill(found.pid, "SIGKILL");
    };
    const hang = setTimeout(() => {
      stopLeftovers();
      if (bench.pid !== undefined) process.kill(-bench.pid, "SIGKILL");
    }, HANG_MS);
    bench.once("error", reject);
    bench.once("exit", (code) => {
      clearInterval(watch);
      clearTimeout(hang);
      const exitMs = Date.now() - startedAt;
      stopLeftovers();
      resolve({ code, stderr, exitMs, seen: [...seen.values()], left: left ?? [] });
    });
  });
}

function occupy(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

describe("npm run bench when it cannot run", { timeout: 120_000 }, () => {
  it("without Chromium, the browser suite says so and exits at once", async () => {
    const run = await runBench({
      args: ["--only=first-load"],
      env: { CHROMIUM_PATH: "/nonexistent" },
    });
    expect(run.code).not.toBe(0);
    expect(run.exitMs).toBeLessThan(PROMPT_EXIT_MS);
    expect(run.seen.some((seen) => seen.command.includes("start.mjs"))).toBe(false);
    expect(run.left, "processes left running").toEqual([]);
    expect(run.stderr).toContain("no Chromium at /nonexistent (CHROMIUM_PATH)");
  });

  it("without Chromium, the whole bench stops before its first suite", async () => {
    const run = await runBench({ env: { CHROMIUM_PATH: "/nonexistent" } });
    expect(run.code).not.toBe(0);
    expect(run.exitMs).toBeLessThan(PROMPT_EXIT_MS);
    expect(run.left, "processes left running").toEqual([]);
    expect(run.stderr).toContain("first-load: no Chromium at /nonexistent");
    expect(run.stderr).toContain("usable: no Chromium at /nonexistent");
  });

  it("on a busy port, the browser suite names the port and starts no server", async () => {
    const port = await freePort();
    const holder = await occupy(port);
    try {
      const run = await runBench({
        args: ["--only=first-load"],
        env: { BENCH_PORT: String(port) },
      });
      expect(run.code).not.toBe(0);
      expect(run.exitMs).toBeLessThan(PROMPT_EXIT_MS);
      expect(run.seen.some((seen) => seen.command.includes("start.mjs"))).toBe(false);
      expect(run.left, "processes left running").toEqual([]);
      expect(run.stderr).toContain(`port ${port} (BENCH_PORT) on 127.0.0.1 is busy`);
    } finally {
      holder.close();
    }
  });

  it("interrupted while its server starts, it stops the server's whole group", async () => {
    const port = await freePort();
    const run = await runBench({
      args: ["--only=first-load"],
      env: { BENCH_PORT: String(port) },
      interruptWhen: (seen) => seen.command.includes("scripts/start.mjs"),
    });
    expect(run.code).not.toBe(0);
    expect(run.exitMs).toBeLessThan(PROMPT_EXIT_MS);
    expect(run.left, "processes left running").toEqual([]);
    expect(run.stderr).toContain("Bench stopped by SIGINT");
    expect(await isFree(port)).toBe(true);
  });
});
