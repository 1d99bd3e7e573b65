// Applying the GKE bundle through Easel against `kubectl apply --server-side -f` of the same
// objects, side by side on one real test hub. Each round changes one Secret, so both really apply.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { buildHubPlan } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { applyOnHub } from "@/lib/k8s/apply-on-hub";
import { renderManifests } from "@/lib/manifests/to-yaml";
import { gkeModule } from "@/lib/targets/gke/module";
import { everySecretGkeConfig } from "@/lib/test-support/every-secret-config";
import { connectAs, startPrivateHub } from "@/lib/test-support/hub";
import { stopHub } from "@/scripts/test-hub/test-hub";

const ROUNDS = 7;

export type ApplyComparison = {
  name: string;
  objects: number;
  rounds: number;
  easelMedianMs: number;
  kubectlMedianMs: number;
  withinBudget: boolean;
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) * 10) / 10;
}

function planWithKey(apiKey: string) {
  const config = everySecretGkeConfig();
  config.integrations.palette.apiKey = apiKey;
  return buildHubPlan({ config, valuesText: hubValuesText(gkeModule, config), withFlux: false });
}

/** Both clients, alternating, each timing a whole apply as its user would run it. */
export async function compareApplyWithKubectl(): Promise<ApplyComparison> {
  const hub = await startPrivateHub();
  const dir = mkdtempSync(path.join(tmpdir(), "easel-apply-bench-"));
  try {
    const easel: number[] = [];
    const kubectl: number[] = [];
    // Round 0 creates everything for both and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      const easelStart = performance.now();
      const entries = await applyOnHub(connectAs(hub, "admin"), planWithKey(`easel-${round}`));
      if (round > 0) easel.push(performance.now() - easelStart);
      if (entries.some((entry) => entry.outcome === "failed"))
        throw new Error("Easel's apply failed.");

      const file = path.join(dir, `bundle-${round}.yaml`);
      writeFileSync(file, renderManifests(planWithKey(`kubectl-${round}`), []));
      const kubectlStart = performance.now();
      execFileSync("kubectl", [
        "--kubeconfig",
        hub.kubeconfigs.admin,
        "apply",
        "--server-side",
        "--force-conflicts",
        "-f",
        file,
      ]);
      if (round > 0) kubectl.push(performance.now() - kubectlStart);
    }
    const easelMedianMs = median(easel);
    const kubectlMedianMs = median(kubectl);
    return {
      name: "GKE bundle applied through Easel vs kubectl apply --server-side",
      objects: planWithKey("count").length,
      rounds: ROUNDS,
      easelMedianMs,
      kubectlMedianMs,
      withinBudget: easelMedianMs <= kubectlMedianMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await stopHub(hub.dir);
  }
}
