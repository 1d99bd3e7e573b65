import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const work = mkdtempSync(path.join(tmpdir(), "easel-up-down-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  return spawnSync(TSX, [script, ...args], { encoding: "utf8", timeout: 60_000 });
}

// A service whose `up` fails and whose `down` works, run as `npm run hub:up` runs its script.
const SERVICE = path.join(work, "service.ts");
writeFileSync(
  SERVICE,
  [
    `import { runUpDownCommand } from ${JSON.stringify(path.join(process.cwd(), "scripts/up-down-command"))};`,
    `runUpDownCommand("service.ts", {`,
    `  up: async () => { throw new Error("the port is taken"); },`,
    `  down: async () => { console.log("stopped"); },`,
    `});`,
    "",
  ].join("\n"),
);

describe("the up/down command line of the test services", () => {
  it.each(["scripts/test-hub/hub.ts", "scripts/test-registry/registry.ts"])(
    "%s without up or down prints its usage and exits 2, starting nothing",
    (script) => {
      const result = run(script, ["sideways"]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(`usage: ${path.basename(script)} up|down`);
      expect(result.stdout).toBe("");
    },
    60_000,
  );

  it("a failure exits 1 with its message alone, no stack; a command that ran exits 0", () => {
    const failed = run(SERVICE, ["up"]);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim()).toBe("the port is taken");
    const stopped = run(SERVICE, ["down"]);
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toBe("stopped\n");
  }, 60_000);
});
