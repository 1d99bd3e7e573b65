// A real test hub: etcd and a kube-apiserver built from Debian's own packages, on loopback. No
// controllers run (a deleted namespace never finishes terminating); Easel needs none.
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { homedir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** Where `npm run hub:up` keeps its hub; tests start their own hubs in folders of their own. */
export const DEFAULT_HUB_DIR = path.join(ROOT, ".easel", "test-hub");

/**
 * Built once per machine, outside the repository, keyed by the Kubernetes version it is built from
 * and the patch applied to it.
 */
const BINARY_CACHE =
  process.env.EASEL_TEST_HUB_CACHE ??
  path.join(homedir(), ".cache", "easel", "test-hub", "kubernetes-1.20.2-reflect2-go1.18");
const KUBE_APISERVER = path.join(BINARY_CACHE, "kube-apiserver");
const READY_TIMEOUT_MS = 90_000;

export type HubUser = "admin" | "restricted";

/** What a running hub is, kept in `<dir>/hub.json` so another process can stop it. */
type HubState = {
  ports: { etcd: number; etcdPeer: number; apiServer: number };
  tokens: Record<HubUser, string>;
  pids: { etcd?: number; apiServer?: number };
};

export type TestHub = {
  dir: string;
  server: string;
  /** A kubeconfig file per user: an admin (system:masters) and a user with no rights at all. */
  kubeconfigs: Record<HubUser, string>;
  tokens: Record<HubUser, string>;
};

/** Builds kube-apiserver (and installs etcd) once; fails with what to do when it cannot. */
export function ensureHubBinaries(): void {
  const script = path.join(__dirname, "build-kube-apiserver.sh");
  const result = spawnSync("bash", [script, BINARY_CACHE], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("The test hub's kube-apiserver could not be built.");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function statePath(dir: string): string {
  return path.join(dir, "hub.json");
}

function readState(dir: string): HubState | undefined {
  try {
    return JSON.parse(readFileSync(statePath(dir), "utf8")) as HubState;
  } catch {
    return undefined;
  }
}

function writeState(dir: string, state: HubState): void {
  writeFileSync(statePath(dir), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `command` in its own process group, its output in `<dir>/logs/<name>.log`. */
function startDetached(dir: string, name: string, command: string, args: string[]): number {
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const log = openSync(path.join(dir, "logs", `${name}.log`), "a");
  const child = spawn(command, args, { detached: true, stdio: ["ignore", log, log] });
  child.unref();
  if (!child.pid) throw new Error(`${name} did not start.`);
  return child.pid;
}

async function stopProcess(pid: number | undefined): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid as number, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) process.kill(pid as number, "SIGKILL");
}

function isReady(state: HubState): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: state.ports.apiServer,
        path: "/readyz",
        rejectUnauthorized: false,
        headers: { Authorization: `Bearer ${state.tokens.admin}` },
        timeout: 2_000,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      },
    );
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

async function waitUntilReady(dir: string, state: HubState): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await isReady(state)) return;
    if (!isAlive(state.pids.apiServer)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const log = path.join(dir, "logs", "kube-apiserver.log");
  const tail = existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-15).join("\n") : "";
  throw new Error(`The test hub's kube-apiserver did not become ready.\n${tail}`);
}

function writeCredentials(dir: string, state: HubState): void {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  writeFileSync(path.join(dir, "sa.key"), privateKey.export({ type: "pkcs8", format: "pem" }), {
    mode: 0o600,
  });
  writeFileSync(path.join(dir, "sa.pub"), publicKey.export({ type: "spki", format: "pem" }));
  // token,user,uid,"groups": the admin is a cluster admin; the restricted user is bound to nothing.
  writeFileSync(
    path.join(dir, "tokens.csv"),
    `${state.tokens.admin},easel-admin,1,"system:masters"\n${state.tokens.restricted},easel-restricted,2\n`,
    { mode: 0o600 },
  );
}

/** A kubeconfig reaching `server` as whoever holds `token`. */
export function tokenKubeconfig(server: string, user: string, token: string): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "  - name: easel-test-hub",
    "    cluster:",
    `      server: ${server}`,
    // The hub serves a self-signed certificate it makes for itself at start.
    "      insecure-skip-tls-verify: true",
    "users:",
    `  - name: ${user}`,
    "    user:",
    `      token: ${token}`,
    "contexts:",
    `  - name: ${user}`,
    "    context:",
    "      cluster: easel-test-hub",
    `      user: ${user}`,
    `current-context: ${user}`,
    "",
  ].join("\n");
}

/** The hub in `dir`, its kubeconfigs (re)written for each user. */
function hubOf(dir: string, state: HubState): TestHub {
  const server = `https://127.0.0.1:${state.ports.apiServer}`;
  const kubeconfigs = {
    admin: path.join(dir, "admin.kubeconfig"),
    restricted: path.join(dir, "restricted.kubeconfig"),
  };
  for (const user of ["admin", "restricted"] as const) {
    writeFileSync(kubeconfigs[user], tokenKubeconfig(server, user, state.tokens[user]), {
      mode: 0o600,
    });
  }
  return { dir, server, kubeconfigs, tokens: state.tokens };
}

function startEtcd(dir: string, state: HubState): number {
  const url = `http://127.0.0.1:${state.ports.etcd}`;
  return startDetached(dir, "etcd", "etcd", [
    "--data-dir",
    path.join(dir, "etcd"),
    "--listen-client-urls",
    url,
    "--advertise-client-urls",
    url,
    "--listen-peer-urls",
    `http://127.0.0.1:${state.ports.etcdPeer}`,
  ]);
}

function startKubeApiServer(dir: string, state: HubState): number {
  return startDetached(dir, "kube-apiserver", KUBE_APISERVER, [
    `--etcd-servers=http://127.0.0.1:${state.ports.etcd}`,
    "--bind-address=127.0.0.1",
    "--advertise-address=127.0.0.1",
    `--secure-port=${state.ports.apiServer}`,
    `--cert-dir=${path.join(dir, "certs")}`,
    `--token-auth-file=${path.join(dir, "tokens.csv")}`,
    "--authorization-mode=RBAC",
    "--service-account-issuer=https://kubernetes.default.svc",
    `--service-account-key-file=${path.join(dir, "sa.pub")}`,
    `--service-account-signing-key-file=${path.join(dir, "sa.key")}`,
    "--service-cluster-ip-range=10.96.0.0/16",
  ]);
}

/**
 * Starts a hub in `dir` (building its binaries first if needed), or returns the one already
 * running there.
 */
export async function startHub(dir: string = DEFAULT_HUB_DIR): Promise<TestHub> {
  const running = readState(dir);
  if (running && isAlive(running.pids.apiServer) && (await isReady(running))) {
    return hubOf(dir, running);
  }
  if (running) await stopHub(dir);
  ensureHubBinaries();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const state: HubState = {
    ports: { etcd: await freePort(), etcdPeer: await freePort(), apiServer: await freePort() },
    tokens: {
      admin: randomBytes(24).toString("hex"),
      restricted: randomBytes(24).toString("hex"),
    },
    pids: {},
  };
  writeCredentials(dir, state);
  state.pids.etcd = startEtcd(dir, state);
  state.pids.apiServer = startKubeApiServer(dir, state);
  writeState(dir, state);
  try {
    await waitUntilReady(dir, state);
  } catch (error) {
    await stopHub(dir);
    throw error;
  }
  return hubOf(dir, state);
}

/** Stops only the API server, as a hub going away mid-way does; etcd keeps the data. */
export async function stopApiServer(dir: string): Promise<void> {
  const state = readState(dir);
  if (!state) return;
  await stopProcess(state.pids.apiServer);
  writeState(dir, { ...state, pids: { ...state.pids, apiServer: undefined } });
}

/** Starts the API server again on the same port, with the same users. */
export async function restartApiServer(dir: string): Promise<void> {
  const state = readState(dir);
  if (!state) throw new Error(`No test hub in ${dir}.`);
  state.pids.apiServer = startKubeApiServer(dir, state);
  writeState(dir, state);
  await waitUntilReady(dir, state);
}

/** Stops the hub in `dir` and deletes everything it kept there. */
export async function stopHub(dir: string = DEFAULT_HUB_DIR): Promise<void> {
  const state = readState(dir);
  if (state) {
    await stopProcess(state.pids.apiServer);
    await stopProcess(state.pids.etcd);
  }
  rmSync(dir, { recursive: true, force: true });
}
