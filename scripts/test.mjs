// `npm test`: every check Easel has, in order, on a fresh machine too. It installs what is missing
// when it can (npm packages; Debian's Chromium and the tools tests check against, when running as root) and
// otherwise says exactly what to install. It ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const REPORTS = path.join(ROOT, ".easel", "reports");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * Commands the tests use as independent checks or run as real parts (docker-registry serves the
 * stand-in charts), and the Debian package that provides each.
 */
const CHECK_TOOLS = {
  "docker-registry": "docker-registry",
  htpasswd: "apache2-utils",
  kubectl: "kubernetes-client",
  openssl: "openssl",
  unzip: "unzip",
};

function run(command, args, options = {}) {
  console.log(`\n> ${[command, ...args].join(" ")}`);
  return spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options }).status === 0;
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

function hasCommand(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function ensureNodeModules() {
  if (existsSync(path.join(ROOT, "node_modules", ".package-lock.json"))) return;
  if (!run("npm", ["install", "--no-audit", "--no-fund"])) fail("npm install failed: see above.");
}

function missingSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push("chromium");
  for (const [command, debianPackage] of Object.entries(CHECK_TOOLS)) {
    if (!hasCommand(command)) missing.push(debianPackage);
  }
  return missing;
}

function ensureSystemTools() {
  const missing = missingSystemPackages();
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && hasCommand("apt-get");
  if (canInstall) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update", "-qq"], { env }) &&
      run("apt-get", ["install", "-y", "-qq", ...missing], { env })
    )
      return;
  }
  fail(
    `The browser tests need Debian's Chromium, the tests check hashes with htpasswd and serve ` +
      `stand-in charts from Debian's docker-registry.\n` +
      `Install them, then run npm test again:\n  sudo apt-get install -y ${missing.join(" ")}\n` +
      `(Set CHROMIUM_PATH if your Chromium is not at /usr/bin/chromium.)`,
  );
}

function readCounts(file, pick) {
  try {
    return pick(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return undefined;
  }
}

/** A port nothing listens on, so the browser tests never collide with a running Easel. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

ensureNodeModules();
ensureSystemTools();
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const npx = (args) => run("npx", ["--no-install", ...args]);
const steps = [
  // Without the incremental cache: a cache left by an earlier check once hid a type error here.
  ["typecheck", () => npx(["tsc", "--noEmit", "--incremental", "false"])],
  ["lint", () => npx(["eslint", "."])],
  ["format", () => npx(["prettier", "--check", "."])],
  [
    "unit tests",
    () =>
      npx([
        "vitest",
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${path.join(REPORTS, "unit.json")}`,
      ]),
  ],
  ["browser tests", () => npx(["playwright", "test"])],
];

process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_NETWORK_PORT ??= String(await freePort());
const failedSteps = steps.filter(([, step]) => !step()).map(([name]) => name);

const unit = readCounts(path.join(REPORTS, "unit.json"), (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
}));
const e2e = readCounts(path.join(REPORTS, "e2e.json"), (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
}));
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
const failed = (unit?.failed ?? 0) + (e2e?.failed ?? 0);

console.log(`\nunit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : "no report"}`);
console.log(`browser: ${e2e ? `${e2e.passed} passed, ${e2e.failed} failed` : "no report"}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length === 0 && passed > 0 && unit && e2e ? 0 : 1);
