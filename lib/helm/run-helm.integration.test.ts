import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { describe, expect, it } from "vitest";

import { fakeHelm } from "@/test/support/fake-helm";

import { HelmFailure } from "./helm-failure";
import { runHelm } from "./run-helm";

// A real program in Helm's place that prints what it was given: the files' modes and texts, its
// environment and its standard input.
const INSPECTOR = `
while [ $# -gt 0 ]; do
  case "$1" in
    --kubeconfig) kubeconfig="$2" ;;
    --registry-config) registry="$2" ;;
  esac
  shift
done
echo "kubeconfig=$kubeconfig"
echo "modes=$(stat -c %a "$kubeconfig") $(stat -c %a "$registry") $(stat -c %a "$(dirname "$kubeconfig")")"
echo "texts=$(cat "$kubeconfig") $(cat "$registry")"
env | sed -n 's/^\\([A-Z_]*\\)=.*/env=\\1/p' | grep -v -e '^env=PWD$' -e '^env=SHLVL$' -e '^env=_$' | sort
echo "home=$HOME"
echo "stdin=$(cat)"
`;

function lineValues(output: string, key: string): string[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

describe("runHelm", () => {
  it("gives secrets in 0600 files of a private folder, removed after, a minimal environment and stdin", async () => {
    const output = await runHelm(fakeHelm(INSPECTOR), ["version"], {
      files: { kubeconfig: "KUBECONFIG-TEXT", registryConfig: "REGISTRY-TEXT" },
      stdin: "values: on-stdin",
      deadlineMs: 20_000,
      mask: (text) => text,
      doing: "inspect",
    });
    expect(lineValues(output, "modes")).toEqual(["600 600 700"]);
    expect(lineValues(output, "texts")).toEqual(["KUBECONFIG-TEXT REGISTRY-TEXT"]);
    expect(lineValues(output, "env")).toEqual([
      "HELM_CACHE_HOME",
      "HELM_CONFIG_HOME",
      "HELM_DATA_HOME",
      "HOME",
      "PATH",
    ]);
    const [home] = lineValues(output, "home");
    expect(home).not.toBe(homedir());
    expect(home).toMatch(/easel-helm-home-/);
    expect(lineValues(output, "stdin")).toEqual(["values: on-stdin"]);
    const [kubeconfig] = lineValues(output, "kubeconfig");
    expect(kubeconfig).toBeTruthy();
    expect(existsSync(kubeconfig ?? "")).toBe(false);
  });

  it("masks Helm's reason in the failure", async () => {
    const failing = fakeHelm('echo "Error: the password hunter2 was refused" >&2; exit 1');
    const error = await runHelm(failing, ["version"], {
      deadlineMs: 20_000,
      mask: (text) => text.replaceAll("hunter2", "***"),
      doing: "log in",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HelmFailure);
    expect((error as HelmFailure).message).toBe(
      "Helm could not log in: Helm failed (the password *** was refused).",
    );
  });

  it("stops a Helm that outlives its deadline, and what it started, as a timeout", async () => {
    const hanging = fakeHelm("sleep 60; echo late");
    const started = Date.now();
    const error = await runHelm(hanging, ["upgrade"], {
      deadlineMs: 500,
      mask: (text) => text,
      doing: "upgrade mural",
      release: "mural",
    }).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({
      code: "timeout",
      release: "mural",
      message: "Helm could not upgrade mural: it did not finish within 1 s and Easel stopped it.",
    });
  });
});
