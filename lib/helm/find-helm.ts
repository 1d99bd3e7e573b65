import "server-only";

import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";

import type { HelmFound } from "@/lib/hub/helm-release";
import type { ServerSettings } from "@/lib/server/settings";

import { HelmFailure } from "./helm-failure";
import { runHelm } from "./run-helm";

/** The GKE install guide's minimum Helm. */
const MINIMUM = [3, 17, 0] as const;
const VERSION_DEADLINE_MS = 15_000;

const versionsByFile = new Map<string, HelmFound>();

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** `helm` in PATH's folders, searched here rather than by a shell. */
async function helmOnPath(): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, "helm");
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function isAtLeastMinimum(parts: readonly number[]): boolean {
  for (const [index, minimum] of MINIMUM.entries()) {
    const part = parts[index] ?? 0;
    if (part !== minimum) return part > minimum;
  }
  return true;
}

/**
 * The Helm the server runs: `EASEL_HELM`, else `helm` on PATH; its version (`helm version --short`)
 * must be 3.17.0 or later, of major 3 or 4. Otherwise why the Helm steps are unavailable.
 */
export async function findHelm(settings: ServerSettings): Promise<HelmFound> {
  const helmPath = settings.helmPath ?? (await helmOnPath());
  if (!helmPath) {
    return {
      isAvailable: false,
      problem:
        "No helm on the server's PATH: install Helm 3.17 or later, or set EASEL_HELM to its path.",
    };
  }
  if (!(await isExecutableFile(helmPath))) {
    return {
      isAvailable: false,
      problem: `EASEL_HELM names ${helmPath}, which is not an executable file: set it to Helm's binary.`,
    };
  }
  // A binary's version cannot change while the file stays the same: asked once per file, not per
  // action (each `helm version` is a process start on the install's path).
  // Not a file of the project: the build must not trace the whole tree for it.
  const file = await stat(/*turbopackIgnore: true*/ helmPath);
  const key = [helmPath, file.dev, file.ino, file.size, file.mtimeMs].join("\0");
  const known = versionsByFile.get(key);
  if (known) return known;
  const found = await helmVersionOf(helmPath);
  // A refusal is asked again: it may be a Helm that was slow to start, and the admin may fix it.
  if (found.isAvailable) versionsByFile.set(key, found);
  return found;
}

/** What `helm version --short` of the file at `helmPath` says, checked against what Easel runs. */
async function helmVersionOf(helmPath: string): Promise<HelmFound> {
  let output: string;
  try {
    output = await runHelm(helmPath, ["version", "--short"], {
      deadlineMs: VERSION_DEADLINE_MS,
      mask: (text) => text,
      doing: "tell its version",
    });
  } catch (error) {
    const reason = error instanceof HelmFailure ? error.message : String(error);
    return { isAvailable: false, problem: `${helmPath} did not run as Helm: ${reason}` };
  }
  const version = output.trim().split(/\s+/)[0] ?? "";
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) {
    return {
      isAvailable: false,
      problem: `${helmPath} did not print a Helm version (${version.slice(0, 60) || "nothing"}): set EASEL_HELM to Helm's binary.`,
    };
  }
  const parts = match.slice(1).map(Number);
  const major = parts[0];
  if (major !== 3 && major !== 4) {
    return {
      isAvailable: false,
      problem: `${helmPath} is Helm ${version}; Easel runs Helm 3 (3.17.0 or later) or Helm 4: install one of those.`,
    };
  }
  if (!isAtLeastMinimum(parts)) {
    return {
      isAvailable: false,
      problem: `${helmPath} is Helm ${version}, older than 3.17.0, the install guide's minimum: upgrade Helm.`,
    };
  }
  return { isAvailable: true, path: helmPath, version, major };
}
