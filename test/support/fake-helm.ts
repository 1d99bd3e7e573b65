import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A real executable named `helm` that runs `script` (sh), in a fresh folder of its own: for what no
 * real Helm does on demand (an old version, a hang). Never a stand-in for Helm's behaviour.
 */
export function fakeHelm(script: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "easel-fake-helm-")), "helm");
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o700);
  return file;
}
