// Applying the GKE bundle through Easel against `kubectl apply --server-side -f` of the same
// objects, side by side on one real test hub. Each round changes one Secret, so both really apply.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { buildHubPlan } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { refOf } from "@/lib/hub/object-ref";
import { applyOnHub } from "@/lib/k8s/apply-on-hub";
import { renderManifests } from "@/lib/manifests/to-yaml";
import { gkeModule } from "@/lib/targets/gke/module";
import { startHub, stopHub } from "@/scripts/test-hub/test-hub";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { connectAs } from "@/test/support/hub";

import { onBenchEnd } from "./cleanup";
import { ratioFigure, rounded, type Figure } from "./figure";
import { median } from "./measure";

const ROUNDS = 7;
/** Easel may not be slower than the tool an admin would otherwise use. */
const RATIO_BUDGET = 1;

function planWithKey(apiKey: string) {
  const config = everySecretGkeConfig();
  config.integrations.palette.apiKey = apiKey;
  return buildHubPlan({ config, valuesText: hubValuesText(gkeModule, config), withFlux: false });
}

/** Both clients, alternating, each timing a whole apply as its user would run it. */
export async function compareApplyWithKubectl(): Promise<Figure[]> {
  // The hub's folder is known before it starts, so a failure half-way still stops its processes.
  const hubDir = mkdtempSync(path.join(tmpdir(), "easel-hub-"));
  const forgetHub = onBenchEnd(() => stopHub(hubDir));
  const dir = mkdtempSync(path.join(tmpdir(), "easel-apply-bench-"));
  try {
    const hub = await startHub(hubDir);
    const easel: number[] = [];
    const kubectl: number[] = [];
    // Round 0 creates everything for both and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      const easelStart = performance.now();
      const plan = planWithKey(`easel-${round}`);
      // kubectl took the fields with --force-conflicts; Easel takes them back alike, as an admin
      // who chose "Take over" in the plan.
      const entries = await applyOnHub(connectAs(hub, "admin"), plan, {
        takeOver: plan.map(refOf),
      });
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
    return [
      ratioFigure(
        "apply GKE bundle to the test hub: Easel vs kubectl apply --server-side",
        easelMedianMs / kubectlMedianMs,
        RATIO_BUDGET,
        ROUNDS,
        {
          objects: planWithKey("count").length,
          easelMedianMs: rounded(easelMedianMs, 1),
          kubectlMedianMs: rounded(kubectlMedianMs, 1),
        },
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    forgetHub();
    await stopHub(hubDir);
  }
}
