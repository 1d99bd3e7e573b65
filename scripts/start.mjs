// Starts Easel on 127.0.0.1, building first when the production build is missing or older than
// the sources, so `npm install && npm start` is all a new user runs. Easel runs inside its own
// Node server (scripts/server), not `next start`: see serve.mjs for why.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { serve } from "./server/serve.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "tsconfig.json",
];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, child) => Math.max(newest, newestMtime(path.join(entry, child))),
    stats.mtimeMs,
  );
}

function runNext(args) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), ...args],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Easel never phones home, and this machine's network would refuse it anyway.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const builtAt = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(ROOT, source))));
if (builtAt < changedAt) {
  console.log(
    builtAt === 0
      ? "Building Easel (first start)…"
      : "Sources changed since the last build: rebuilding…",
  );
  runNext(["build"]);
}

const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? "3000");
// The server decides from this whether cluster actions need an access token (not on loopback).
process.env.EASEL_LISTEN_HOST = host;
// As `next start` does: the build is a production one, whatever the shell had set.
process.env.NODE_ENV = "production";
try {
  await serve({ root: ROOT, host, port });
} catch (error) {
  // A busy port or an address this machine does not have: say which, without a stack trace.
  console.error(`Easel could not listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
}
console.log(`Easel: http://${host}:${port}`);
