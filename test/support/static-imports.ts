import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", ".mts", "/index.ts", "/index.tsx"];

/** Whether `source` opens with the `"use server"` directive. */
function isServerActions(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return (
    first !== undefined &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server"
  );
}

/**
 * What one module loads as soon as it loads: its value imports and re-exports, never `import()`.
 * A `"use server"` module loads nothing in the browser: the bundler gives the page a reference
 * that calls the server instead of its code.
 */
function staticSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
  );
  if (isServerActions(source)) return [];
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause === undefined) {
      // A side-effect import: a style sheet is the bundler's business, a module still loads.
      const text = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (!text.endsWith(".css")) specifiers.push(text);
    } else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      // `import type`, and `import { type A, type B }`, vanish from the built code.
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const isOnlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!isOnlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** The repository file `specifier` names from `fromFile`, or the package's name for a package. */
function resolve(fromFile: string, specifier: string): { file: string } | { pkg: string } {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.relative(ROOT, path.resolve(ROOT, path.dirname(fromFile), specifier))
      : undefined;
  if (base === undefined) {
    const parts = specifier.split("/");
    return { pkg: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "") };
  }
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (/\.(ts|tsx|mts|mjs|js)$/.test(candidate) && existsSync(path.join(ROOT, candidate)))
      return { file: candidate };
  }
  throw new Error(`${fromFile} imports ${specifier}, which names no source file.`);
}

/**
 * Every package that loading `entry` loads at once, each with the shortest import chain that
 * reaches it (repository files, then the package): what a browser fetches before the module runs,
 * whatever a bundler makes of it, since only `import()` makes a separate chunk.
 */
export function packagesLoadedWith(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const packages = new Map<string, string[]>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chains.get(file) ?? [file];
    for (const specifier of staticSpecifiers(file)) {
      const resolved = resolve(file, specifier);
      if ("pkg" in resolved) {
        if (!packages.has(resolved.pkg)) packages.set(resolved.pkg, [...chain, resolved.pkg]);
      } else if (!chains.has(resolved.file)) {
        chains.set(resolved.file, [...chain, resolved.file]);
        queue.push(resolved.file);
      }
    }
  }
  return packages;
}
