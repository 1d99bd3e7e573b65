import "server-only";

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { HelmReleaseName } from "@/lib/hub/helm-release";

import { HelmFailure, helmFailureOf } from "./helm-failure";

/** More than any release's manifest; a Helm that prints more is stopped rather than buffered. */
const STDOUT_CAP_BYTES = 64 * 1024 * 1024;
/** Helm's reasons are a few lines; a flood of warnings is cut here. */
const STDERR_CAP_BYTES = 1024 * 1024;
/** How long Helm gets to stop on SIGTERM (and leave the release's state written) before SIGKILL. */
const KILL_GRACE_MS = 5_000;

let privateHome: string | undefined;

/**
 * Easel's own Helm home (0700), one per server process: Helm's cache, configuration and data live
 * there, so Easel never reads or writes the admin's repositories or registry logins, and chart
 * pulls are cached between commands.
 */
function helmHome(): string {
  if (privateHome) return privateHome;
  const home = mkdtempSync(path.join(tmpdir(), "easel-helm-home-"));
  // A temporary folder, not the project's: the build must not trace the whole tree for it.
  for (const folder of ["cache", "config", "data"]) {
    mkdirSync(path.join(/*turbopackIgnore: true*/ home, folder));
  }
  process.once("exit", () => rmSync(home, { recursive: true, force: true }));
  privateHome = home;
  return home;
}

/**
 * What kubeconfig exec plugins read besides PATH: the server user's HOME (gke-gcloud-auth-plugin
 * and `aws eks get-token` keep their logins under it), the clouds' own settings, and proxies (a
 * site that mirrors the charts often reaches the registry through one).
 */
const PASSED_VARIABLE =
  /^(HOME|USER|LANG|TZ|KUBECACHEDIR|(AWS|AZURE|GOOGLE|CLOUDSDK|GCE)_[A-Z0-9_]+|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|SSL_CERT_(FILE|DIR))$/;

/**
 * Only what Helm and the kubeconfig's exec plugins need, never Easel's own settings (its access
 * token, its kubeconfig path); Helm's homes are Easel's private one. Cast because Next's types make
 * NODE_ENV required.
 */
function helmEnvironment(): NodeJS.ProcessEnv {
  const home = helmHome();
  const passed = Object.entries(process.env).filter(
    (entry): entry is [string, string] => PASSED_VARIABLE.test(entry[0]) && entry[1] !== undefined,
  );
  const env: Record<string, string> = {
    ...Object.fromEntries(passed),
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HELM_CACHE_HOME: path.join(home, "cache"),
    HELM_CONFIG_HOME: path.join(home, "config"),
    HELM_DATA_HOME: path.join(home, "data"),
  };
  return env as NodeJS.ProcessEnv;
}

/** Secret texts Helm reads from files: each written 0600 for one command, then removed. */
export type HelmFiles = { kubeconfig?: string; registryConfig?: string };

export type RunHelmOptions = {
  files?: HelmFiles;
  /** Helm reads values from standard input (`--values -`), never from an argument. */
  stdin?: string;
  /** When Easel stops Helm: the command's own timeout plus a margin. */
  deadlineMs: number;
  /** Masks every secret in Helm's text before anything leaves this module. */
  mask: (text: string) => string;
  /** What Easel was doing, for the failure's sentence: "install or upgrade mural". */
  doing: string;
  release?: HelmReleaseName;
};

/** Writes `files` into a fresh private folder; returns the arguments that point Helm at them. */
async function writeFiles(dir: string, files: HelmFiles): Promise<string[]> {
  const args: string[] = [];
  if (files.kubeconfig !== undefined) {
    const file = path.join(dir, "kubeconfig");
    await writeFile(file, files.kubeconfig, { mode: 0o600 });
    args.push("--kubeconfig", file);
  }
  if (files.registryConfig !== undefined) {
    const file = path.join(dir, "registry-config.json");
    await writeFile(file, files.registryConfig, { mode: 0o600 });
    args.push("--registry-config", file);
  }
  return args;
}

type Exit = { code: number | null; stdout: string; stderr: string; isOverDeadline: boolean };

function spawnHelm(
  helmPath: string,
  args: readonly string[],
  o: { stdin?: string; deadlineMs: number },
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    // An argument array and no shell: nothing in an argument is ever interpreted.
    const child = spawn(helmPath, args, {
      env: helmEnvironment(),
      cwd: helmHome(),
      stdio: ["pipe", "pipe", "pipe"],
      // A group of its own, so a stop reaches what Helm started (kubeconfig exec plugins) too.
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let isOverDeadline = false;
    let isOverCap = false;
    const signal = (name: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, name);
      } catch {
        // The group has already gone.
      }
    };
    const stop = () => {
      signal("SIGTERM");
      setTimeout(() => signal("SIGKILL"), KILL_GRACE_MS).unref();
    };
    const deadline = setTimeout(() => {
      isOverDeadline = true;
      stop();
    }, o.deadlineMs);
    child.stdout.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > STDOUT_CAP_BYTES) {
        if (!isOverCap) stop();
        isOverCap = true;
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderrBytes >= STDERR_CAP_BYTES) return;
      stderrBytes += chunk.length;
      stderr.push(chunk);
    });
    // Helm may exit before reading all of standard input (a flag error): that is its reason, not ours.
    child.stdin.on("error", () => undefined);
    child.stdin.end(o.stdin ?? "");
    child.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(deadline);
      const err = Buffer.concat(stderr).toString("utf8");
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: isOverCap ? `${err}\nError: Helm printed more than Easel reads.` : err,
        isOverDeadline,
      });
    });
  });
}

/**
 * Runs Helm once with `args` (never a secret among them) and returns its standard output, unmasked
 * for the caller to parse; throws a HelmFailure whose sentence carries Helm's reason, masked.
 * The secret files live only while the command runs.
 */
export async function runHelm(
  helmPath: string,
  args: readonly string[],
  o: RunHelmOptions,
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "easel-helm-run-"));
  try {
    const fileArgs = await writeFiles(dir, o.files ?? {});
    let exit: Exit;
    try {
      exit = await spawnHelm(helmPath, [...args, ...fileArgs], o);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "it could not be started";
      throw new HelmFailure(`Helm could not ${o.doing}: ${helmPath} did not run (${reason}).`, {
        code: "failed",
        release: o.release,
      });
    }
    if (exit.isOverDeadline) {
      throw new HelmFailure(
        `Helm could not ${o.doing}: it did not finish within ${Math.round(o.deadlineMs / 1000)} s and Easel stopped it.`,
        { code: "timeout", release: o.release },
      );
    }
    if (exit.code !== 0) throw helmFailureOf(o.mask(exit.stderr), o);
    return exit.stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
