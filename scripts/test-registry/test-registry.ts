// A real OCI registry for the tests: Debian's docker-registry (CNCF Distribution) on loopback,
// serving the stand-in charts over plain HTTP. Its storage, config and logs live in one folder.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import bcrypt from "bcryptjs";

import { freePort } from "../test-hub/test-hub";

const ROOT = path.resolve(__dirname, "..", "..");

/** Where `npm run registry:up` keeps its registry; test runs keep theirs in folders of their own. */
export const DEFAULT_REGISTRY_DIR = path.join(ROOT, ".easel", "test-registry");

/** `EASEL_DOCKER_REGISTRY` points at another build of the same program. */
function registryBinary(): string {
  return process.env.EASEL_DOCKER_REGISTRY ?? "/usr/bin/docker-registry";
}
const READY_TIMEOUT_MS = 15_000;

export type RegistryCredentials = { username: string; password: string };

export type RegistryOptions = {
  /**
   * Require htpasswd (basic) authentication: `true` makes a user with a random password, or give
   * the credentials to require.
   */
  auth?: true | RegistryCredentials;
};

/** What a running registry is, kept in `<dir>/registry.json` so another process can stop it. */
type RegistryState = { port: number; pid?: number; credentials?: RegistryCredentials };

export type TestRegistry = {
  dir: string;
  /** `127.0.0.1:<port>`, the key of a Helm registry config's `auths`. */
  host: string;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Present when the registry requires them. */
  credentials?: RegistryCredentials;
};

function statePath(dir: string): string {
  return path.join(dir, "registry.json");
}

function readState(dir: string): RegistryState | undefined {
  try {
    return JSON.parse(readFileSync(statePath(dir), "utf8")) as RegistryState;
  } catch {
    return undefined;
  }
}

/** Whether `pid` runs; a zombie (exited, never reaped by whoever adopted it) does not. */
function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

function registryOf(dir: string, state: RegistryState): TestRegistry {
  const host = `127.0.0.1:${state.port}`;
  return { dir, host, url: `http://${host}`, credentials: state.credentials };
}

/** Whether `GET /v2/` answers as a registry does: 200, or 401 when it requires credentials. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: "/v2/", timeout: 2_000 }, (response) => {
      response.resume();
      resolve(
        (response.statusCode === 200 || response.statusCode === 401) &&
          response.headers["docker-distribution-api-version"] === "registry/2.0",
      );
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

function logTail(dir: string): string {
  const log = path.join(dir, "logs", "registry.log");
  return existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-15).join("\n") : "";
}

async function waitUntilAnswering(dir: string, state: RegistryState): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await answers(state.port)) return;
    if (!isAlive(state.pid)) {
      throw new Error(`docker-registry exited before it answered.\n${logTail(dir)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `docker-registry did not answer on ${registryOf(dir, state).url}/v2/ within ` +
      `${READY_TIMEOUT_MS / 1000} s.\n${logTail(dir)}`,
  );
}

/** Distribution's config: storage in `dir`, loopback only, htpasswd auth when asked for. */
function writeConfig(dir: string, state: RegistryState): string {
  const lines = [
    "version: 0.1",
    "log:",
    "  level: warn",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${JSON.stringify(path.join(dir, "storage"))}`,
    "http:",
    `  addr: 127.0.0.1:${state.port}`,
    // Given, so the registry does not warn that it made one up.
    `  secret: ${randomBytes(24).toString("hex")}`,
  ];
  if (state.credentials) {
    const htpasswd = path.join(dir, "htpasswd");
    // Distribution reads only bcrypt entries; hashed here so the password is in no argument list.
    const hash = bcrypt.hashSync(state.credentials.password, 10);
    writeFileSync(htpasswd, `${state.credentials.username}:${hash}\n`, { mode: 0o600 });
    lines.push("auth:", "  htpasswd:", "    realm: easel-test-registry");
    lines.push(`    path: ${JSON.stringify(htpasswd)}`);
  }
  const config = path.join(dir, "config.yml");
  writeFileSync(config, `${lines.join("\n")}\n`, { mode: 0o600 });
  return config;
}

function credentialsFor(auth: RegistryOptions["auth"]): RegistryCredentials | undefined {
  if (auth === undefined) return undefined;
  if (auth === true) return { username: "easel-test", password: randomBytes(18).toString("hex") };
  return auth;
}

/** Whether a running registry's auth is what `options` asks for. */
function matches(state: RegistryState, options: RegistryOptions): boolean {
  if (options.auth === undefined) return state.credentials === undefined;
  if (options.auth === true) return state.credentials !== undefined;
  return (
    state.credentials?.username === options.auth.username &&
    state.credentials.password === options.auth.password
  );
}

/** Starts docker-registry detached, in its own process group, its output in `<dir>/logs`. */
function startDetached(dir: string, config: string): number {
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const log = openSync(path.join(dir, "logs", "registry.log"), "a");
  const child = spawn(registryBinary(), ["serve", config], {
    detached: true,
    stdio: ["ignore", log, log],
  });
  // A spawn failure (say, a file that is not executable) leaves no pid: reported just below.
  child.on("error", () => undefined);
  child.unref();
  if (!child.pid) throw new Error(`${registryBinary()} did not start.`);
  return child.pid;
}

/**
 * Starts a registry in `dir`, or returns the one already running there when it requires the same
 * credentials; a stale one from an interrupted run is stopped and its folder emptied.
 */
export async function startRegistry(
  dir: string = DEFAULT_REGISTRY_DIR,
  options: RegistryOptions = {},
): Promise<TestRegistry> {
  const running = readState(dir);
  if (
    running &&
    isAlive(running.pid) &&
    matches(running, options) &&
    (await answers(running.port))
  ) {
    return registryOf(dir, running);
  }
  if (running) await stopRegistry(dir);
  if (!existsSync(registryBinary())) {
    throw new Error(
      `The test registry needs Debian's docker-registry at ${registryBinary()}: ` +
        "sudo apt-get install -y docker-registry (npm test installs it when run as root).",
    );
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const state: RegistryState = {
    port: await freePort(),
    credentials: credentialsFor(options.auth),
  };
  state.pid = startDetached(dir, writeConfig(dir, state));
  writeFileSync(statePath(dir), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  try {
    await waitUntilAnswering(dir, state);
  } catch (error) {
    await stopRegistry(dir);
    throw error;
  }
  return registryOf(dir, state);
}

/** Stops the registry in `dir` and deletes everything it kept there. */
export async function stopRegistry(dir: string = DEFAULT_REGISTRY_DIR): Promise<void> {
  const pid = readState(dir)?.pid;
  if (isAlive(pid)) {
    process.kill(pid as number, "SIGTERM");
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isAlive(pid)) process.kill(pid as number, "SIGKILL");
  }
  rmSync(dir, { recursive: true, force: true });
}
