import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";

/**
 * The Secret `kubectl create secret generic --from-file` makes of the same entries, as the docs
 * tell admins to create them by hand.
 */
export function kubectlSecret(
  name: string,
  namespace: string,
  entries: Record<string, string>,
): Record<string, unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-secret-"));
  try {
    const fromFiles = Object.entries(entries).map(([key, text], index) => {
      const file = path.join(dir, `entry-${index}`);
      writeFileSync(file, text);
      return `--from-file=${key}=${file}`;
    });
    const yaml = execFileSync(
      "kubectl",
      [
        "create",
        "secret",
        "generic",
        name,
        "--namespace",
        namespace,
        ...fromFiles,
        "--dry-run=client",
        "-o",
        "yaml",
      ],
      { encoding: "utf8" },
    );
    return parse(yaml) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
