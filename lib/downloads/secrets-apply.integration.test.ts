import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { buildInstallFiles } from "@/lib/downloads/install-files";
import { VALUES_SECRET } from "@/lib/hub/hub-plan";
import { describeRef } from "@/lib/hub/object-ref";
import { planReport } from "@/lib/k8s/hub-reports";
import type { TargetConfig } from "@/lib/schemas/targets";
import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { kubectlBinary } from "@/scripts/helm/helm-binaries";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { connectAs } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { outcomeOf } from "@/test/support/hub-outcome";
import { validConfig } from "@/test/support/target-config";

const GENERATED_AT = new Date("2026-11-21T10:00:00Z");

const hub = privateHubForFile();

/** `kubectl apply --server-side --field-manager=easel -f` of `text`, as the file's header says to run it. */
function apply(name: string, text: string, options: { dryRun: boolean }): string {
  const file = path.join(hub().dir, `${name}-secrets.yaml`);
  writeFileSync(file, text, { mode: 0o600 });
  const dryRun = options.dryRun ? ["--dry-run=server"] : [];
  const args = ["apply", "--server-side", "--field-manager=easel", ...dryRun, "-f", file];
  try {
    return execFileSync(kubectlBinary(), ["--kubeconfig", hub().kubeconfigs.admin, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    throw new Error(
      `kubectl refused ${name}'s secrets.yaml: ${(error as { stderr?: string }).stderr}`,
    );
  }
}

function secretsFile(config: TargetConfig): string {
  return buildInstallFiles(targetModule(config.target), config, GENERATED_AT)["secrets.yaml"];
}

describe("kubectl 1.32 applies secrets.yaml to the test hub", () => {
  it.each(TARGET_IDS)(
    "of the %s target's starting configuration (server-side dry run)",
    (target) => {
      const text = secretsFile(validConfig(target));
      expect(apply(target, text, { dryRun: true })).toContain(
        "namespace/mural-system serverside-applied (server dry run)",
      );
    },
  );

  // A dry run creates no Namespace, so the Secrets in a new one are refused: applied for real.
  it("of a configuration with every Secret, applied for real", () => {
    const output = apply("every-secret", secretsFile(everySecretGkeConfig()), { dryRun: false });
    expect(output).toContain("namespace/mural-system serverside-applied");
    expect(output).toContain("secret/mural-google-service-account serverside-applied");
  });

  // install.sh applies with Easel's field manager, so the hub panel later changes its own fields:
  // a key changed since the file was applied is an update, never a conflict with "kubectl".
  it("and then Easel's plan of the configuration, one key changed, finds every object its own", async () => {
    const config = everySecretGkeConfig();
    apply("before-easel", secretsFile(config), { dryRun: false });
    config.integrations.palette.apiKey = "changed-after-install-sh";
    const report = await outcomeOf(planReport(connectAs(hub(), "admin"), { config }));
    if (!report.ok) throw new Error(report.formError);
    const changes = report.data.entries.map(
      (entry) => `${describeRef(entry.ref)}: ${entry.change}`,
    );
    const values = `Secret ${VALUES_SECRET.namespace}/${VALUES_SECRET.name}: create`;
    const palette = `Secret ${config.integrations.namespace}/${config.integrations.palette.secretName}: update`;
    expect(changes).toEqual(expect.arrayContaining([values, palette]));
    expect(changes.filter((change) => change !== values && change !== palette)).toEqual(
      changes.filter((change) => change.endsWith(": unchanged")),
    );
    expect(changes.length).toBeGreaterThan(3);
  });

  it("but not a file without an object, as secrets.yaml once was", () => {
    const text = "# This configuration needs no Secret.\nnull\n";
    expect(() => apply("empty", text, { dryRun: true })).toThrow(/no objects passed to apply/);
  });
});
