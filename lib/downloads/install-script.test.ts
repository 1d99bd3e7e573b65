import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { newInstallSection } from "@/lib/schemas/sections/install-model";

import { buildInstallScript, type InstallScriptInput } from "./install-script";

const dir = mkdtempSync(path.join(tmpdir(), "easel-install-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script with `kubectl` and `helm` replaced by stubs that log their arguments. */
function run(
  input: InstallScriptInput,
  args: string[] = [],
  failing?: "kubectl" | "helm",
): { calls: string[]; status: number } {
  const script = path.join(dir, "install.sh");
  const log = path.join(dir, "calls.log");
  writeFileSync(script, buildInstallScript(input));
  writeFileSync(log, "");
  for (const tool of ["kubectl", "helm"]) {
    const stub = path.join(dir, tool);
    const exit = tool === failing ? "exit 1" : "exit 0";
    writeFileSync(stub, `#!/bin/sh\necho "${tool} $*" >> "${log}"\n${exit}\n`);
    chmodSync(stub, 0o755);
  }
  let status = 0;
  try {
    execFileSync("sh", [script, ...args], {
      cwd: dir,
      env: { ...process.env, PATH: `${dir}:/usr/bin:/bin` },
      stdio: "ignore",
    });
  } catch (error) {
    status = (error as { status: number }).status;
  }
  return { calls: readFileSync(log, "utf8").trim().split("\n").filter(Boolean), status };
}

const INSTALL = { ...newInstallSection(), crdsVersion: "0.7.4", muralVersion: "1.1.0-rc.3" };

/** A mirror without TLS, on an IPv6 address the shell would read as a pattern unquoted. */
const MIRROR = {
  ...INSTALL,
  chartRegistry: "oci://[fd00::12]:5000/charts",
  chartPlainHttp: true,
  helmTimeoutMinutes: 45,
};

describe("install.sh", () => {
  it("applies the Secrets, then the CRDs chart, then PaletteAI with the chosen versions", () => {
    expect(run({ target: "gke", install: INSTALL, hasSecrets: true })).toEqual({
      status: 0,
      calls: [
        "kubectl apply --server-side --field-manager=easel -f secrets.yaml",
        "helm install mural-crds oci://public.ecr.aws/mural/mural-crds --version 0.7.4 --namespace mural-system --create-namespace --wait --timeout 10m",
        "helm install mural oci://public.ecr.aws/mural/mural --version 1.1.0-rc.3 --namespace mural-system --create-namespace --values values.yaml --wait --timeout 10m",
      ],
    });
  });

  it("upgrades with the same versions and files", () => {
    expect(run({ target: "eks", install: INSTALL, hasSecrets: false }, ["upgrade"]).calls).toEqual([
      "helm upgrade mural-crds oci://public.ecr.aws/mural/mural-crds --version 0.7.4 --namespace mural-system --wait --timeout 10m",
      "helm upgrade mural oci://public.ecr.aws/mural/mural --version 1.1.0-rc.3 --namespace mural-system --values values.yaml --wait --timeout 10m",
    ]);
  });

  it("pulls from the configured mirror over plain HTTP and waits as long as configured", () => {
    expect(run({ target: "gke", install: MIRROR, hasSecrets: false }).calls).toEqual([
      "helm install mural-crds oci://[fd00::12]:5000/charts/mural-crds --version 0.7.4 --plain-http --namespace mural-system --create-namespace --wait --timeout 45m",
      "helm install mural oci://[fd00::12]:5000/charts/mural --version 1.1.0-rc.3 --plain-http --namespace mural-system --create-namespace --values values.yaml --wait --timeout 45m",
    ]);
    expect(
      run({ target: "kubernetes", install: MIRROR, hasSecrets: false }, ["upgrade"]).calls,
    ).toEqual([
      "helm upgrade mural-crds oci://[fd00::12]:5000/charts/mural-crds --version 0.7.4 --plain-http --namespace mural-system --wait --timeout 45m",
      "helm upgrade mural oci://[fd00::12]:5000/charts/mural --version 1.1.0-rc.3 --plain-http --namespace mural-system --values values.yaml --wait --timeout 45m",
    ]);
  });

  it("quotes a registry the shell would read otherwise, so it reaches Helm as typed", () => {
    // Unquoted, the shell would expand the bracket as a pattern matching this file's path.
    mkdirSync(path.join(dir, "oci:", "f:5000", "charts"), { recursive: true });
    writeFileSync(path.join(dir, "oci:", "f:5000", "charts", "mural-crds"), "");
    expect(run({ target: "gke", install: MIRROR, hasSecrets: false }).calls[0]).toBe(
      "helm install mural-crds oci://[fd00::12]:5000/charts/mural-crds --version 0.7.4 --plain-http --namespace mural-system --create-namespace --wait --timeout 45m",
    );
    // A registry the field refuses is never printed: the script names the placeholder, quoted.
    const hostile = { ...MIRROR, chartRegistry: "oci://h/$(touch pwned)`touch pwned`;x" };
    expect(run({ target: "gke", install: hostile, hasSecrets: false }).calls[0]).toBe(
      "helm install mural-crds <chart-registry>/mural-crds --version 0.7.4 --plain-http --namespace mural-system --create-namespace --wait --timeout 45m",
    );
    expect(existsSync(path.join(dir, "pwned"))).toBe(false);
  });

  it("refuses an unknown command without running anything", () => {
    expect(run({ target: "gke", install: INSTALL, hasSecrets: true }, ["uninstall"])).toEqual({
      status: 2,
      calls: [],
    });
  });

  it("on the appliance only applies the Secrets: the installer runs Helm", () => {
    expect(run({ target: "appliance", install: INSTALL, hasSecrets: true }).calls).toEqual([
      "kubectl apply --server-side --field-manager=easel -f secrets.yaml",
    ]);
  });

  it("stops at the first failing command", () => {
    expect(run({ target: "gke", install: INSTALL, hasSecrets: true }, [], "kubectl")).toEqual({
      status: 1,
      calls: ["kubectl apply --server-side --field-manager=easel -f secrets.yaml"],
    });
  });
});
