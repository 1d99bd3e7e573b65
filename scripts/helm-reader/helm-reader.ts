// The YAML reader Helm reads values files with, built once by build.sh: tests compare what Easel
// means to write with what Helm's own code reads from it.
import { execFileSync, spawnSync } from "node:child_process";
import { homedir } from "node:os";
import path from "node:path";

const CACHE_DIR =
  process.env.EASEL_HELM_READER_CACHE ??
  path.join(homedir(), ".cache", "easel", "helm-yaml-reader", "sigs-yaml-1.2.0-go-yaml-2.2.8");
const READER = path.join(CACHE_DIR, "helm-yaml-reader");

/** Builds the reader once; fails with what to do when it cannot. */
export function ensureHelmReader(): void {
  const result = spawnSync("bash", [path.join(__dirname, "build.sh"), CACHE_DIR], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("Helm's YAML reader could not be built.");
}

export type HelmReading = { json: unknown } | { error: string };

/** Each text read as Helm reads a values file (sigs.k8s.io/yaml's YAMLToJSON), in one run. */
export function readAsHelm(texts: readonly string[]): HelmReading[] {
  const output = execFileSync(READER, {
    input: JSON.stringify(texts),
    maxBuffer: 1024 * 1024 * 1024,
  });
  const results = JSON.parse(output.toString("utf8")) as { json?: unknown; error?: string }[];
  return results.map((result) =>
    result.error === undefined ? { json: result.json ?? null } : { error: result.error },
  );
}
