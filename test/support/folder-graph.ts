import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");

/** Every source file under `dir` (relative to the repository), tests left out: they may import anything. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
    .filter((entry) => !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** The folder a module belongs to: `lib/hub/x.ts` and `lib/targets/gke/y.ts` are `lib/hub`, `lib/targets`. */
function folderOf(file: string): string {
  return file.split(path.sep).slice(0, 2).join("/");
}

/** The repository-relative path an import names, or undefined for a package. */
function importedPath(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("."))
    return path.relative(ROOT, path.resolve(ROOT, path.dirname(fromFile), specifier));
  return undefined;
}

/** Which folders under `dir` import which, type-only imports included (a reader follows those too). */
export function folderEdges(dir: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(dir)) {
    const from = folderOf(file);
    const { importedFiles } = ts.preProcessFile(
      readFileSync(path.join(ROOT, file), "utf8"),
      true,
      true,
    );
    for (const { fileName } of importedFiles) {
      const target = importedPath(file, fileName);
      if (target === undefined || !target.startsWith(`${dir}/`)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Each cycle among the folders, as the folders in order with the first repeated at the end. */
export function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (folder: string, trail: string[]) => {
    const at = trail.indexOf(folder);
    if (at !== -1) {
      cycles.push([...trail.slice(at), folder]);
      return;
    }
    if (done.has(folder)) return;
    for (const next of edges.get(folder) ?? []) walk(next, [...trail, folder]);
    done.add(folder);
  };
  for (const folder of edges.keys()) walk(folder, []);
  return cycles;
}
