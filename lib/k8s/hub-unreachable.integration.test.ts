import { expect, it } from "vitest";

import { buildHubPlan } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { describeRef, refOf } from "@/lib/hub/object-ref";
import { gkeModule } from "@/lib/targets/gke/module";
import { restartApiServer, stopApiServer } from "@/scripts/test-hub/test-hub";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { connectAs, kubectlGet } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";

import { applyOnHub } from "./apply-on-hub";
import { runPreflight } from "./preflight";

const testHub = privateHubForFile();

it("a hub that stops mid-way gives a clear 'unreachable', and a run after its restart converges", async () => {
  const hub = testHub();
  const config = everySecretGkeConfig();
  const plan = buildHubPlan({
    config,
    valuesText: hubValuesText(gkeModule, config),
    withFlux: false,
  });
  const admin = connectAs(hub, "admin");
  // The API server goes away once the first two objects are applied.
  const entries = await applyOnHub(admin, plan, {
    onApplied: async (entry) => {
      if (entry.ref.name === "mural-system" || entry.ref.kind !== "Namespace") return;
      await stopApiServer(hub.dir);
    },
  });
  expect(entries.map((entry) => entry.outcome)).toEqual([
    "created",
    "created",
    "failed",
    ...plan.slice(3).map(() => "skipped"),
  ]);
  const failed = entries[2];
  expect(failed?.error?.code).toBe("unreachable");
  expect(failed?.error?.message).toBe(`The hub at ${hub.server} cannot be reached (ECONNREFUSED).`);
  expect(entries[3]?.error?.message).toBe(
    `Not attempted: The hub at ${hub.server} cannot be reached (ECONNREFUSED).`,
  );

  const preflight = await runPreflight(admin, plan.map(refOf), []);
  expect(preflight.isReachable).toBe(false);
  expect(preflight.error?.code).toBe("unreachable");

  await restartApiServer(hub.dir);
  const rerun = await applyOnHub(connectAs(hub, "admin"), plan);
  expect(rerun.map((entry) => [describeRef(entry.ref), entry.outcome])).toEqual(
    plan.map((object, index) => [describeRef(refOf(object)), index < 2 ? "unchanged" : "created"]),
  );
  for (const object of plan.filter((item) => item.kind === "Secret")) {
    const live = kubectlGet(hub, "secret", object.metadata.name, refOf(object).namespace);
    expect(live?.data).toEqual(object.data);
  }
}, 300_000);
