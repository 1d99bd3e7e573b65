import { describe, expect, it } from "vitest";

import type { HubApplyInput } from "@/lib/hub/hub-input";
import { buildHubPlan, VALUES_SECRET } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { describeRef, refOf, type ObjectRef } from "@/lib/hub/object-ref";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import type { HubPlanReport, PlanEntry } from "@/lib/hub/results";
import { applyObject } from "@/lib/k8s/hub-calls";
import { runPreflight } from "@/lib/k8s/preflight";
import { readHubValues } from "@/lib/k8s/read-hub-values";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { HUB_OPERATION_BUSY } from "@/lib/server/hub-operation-lock";
import { gkeModule } from "@/lib/targets/gke/module";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { connectAs, kubectl } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { outcomeOf } from "@/test/support/hub-outcome";

import { applyReport, planReport } from "./hub-reports";

const testHub = privateHubForFile();
const LONG = 180_000;

const VALUES_REF: ObjectRef = {
  kind: "Secret",
  name: VALUES_SECRET.name,
  namespace: VALUES_SECRET.namespace,
};
const PALETTE_REF: ObjectRef = {
  kind: "Secret",
  name: "palette-api-secret",
  namespace: "primary-dev",
};

type LiveSecret = {
  metadata: {
    resourceVersion: string;
    labels?: Record<string, string>;
    managedFields?: { manager: string; operation: string; fieldsV1?: unknown }[];
  };
  data?: Record<string, string>;
};

/** An object exactly as the hub holds it (kubectl, the independent client), or undefined. */
function hubObject(ref: ObjectRef): LiveSecret | undefined {
  try {
    const args = ["get", ref.kind, ref.name, "-o", "json", "--show-managed-fields"];
    return JSON.parse(
      kubectl(testHub(), [...args, ...(ref.namespace ? ["-n", ref.namespace] : [])]),
    ) as LiveSecret;
  } catch {
    return undefined;
  }
}

function hubText(ref: ObjectRef): string {
  return JSON.stringify(hubObject(ref));
}

async function plan(config: GkeConfig): Promise<HubPlanReport> {
  const result = await outcomeOf(planReport(connectAs(testHub(), "admin"), { config }));
  if (!result.ok) throw new Error(result.formError);
  return result.data;
}

function entryOf(report: HubPlanReport, ref: ObjectRef): PlanEntry | undefined {
  return report.entries.find((entry) => describeRef(entry.ref) === describeRef(ref));
}

/** The apply input of a reviewed plan, as the browser sends it. */
function applyInput(
  config: GkeConfig,
  report: HubPlanReport,
  choices: Pick<HubApplyInput, "adopt" | "takeOver" | "confirmReplacingSecretsOn"> = {},
): HubApplyInput {
  return { config, planned: plannedObjectsOf(report.entries), ...choices };
}

/** The test's configuration with another Palette key: one Secret to change. */
function withPaletteKey(config: GkeConfig, apiKey: string): GkeConfig {
  const changed = structuredClone(config);
  changed.integrations.palette.apiKey = apiKey;
  return changed;
}

function decoded(value: string | undefined): string {
  return Buffer.from(value ?? "", "base64").toString("utf8");
}

describe("Easel changes only what it owns, one apply at a time, against the reviewed plan", () => {
  const config = everySecretGkeConfig();

  it(
    "a values Secret made with kubectl is shown as foreign, with no key and no change, and is left byte for byte alone",
    async () => {
      kubectl(testHub(), ["create", "namespace", "mural-system"]);
      kubectl(testHub(), [
        "-n",
        "mural-system",
        "create",
        "secret",
        "generic",
        VALUES_SECRET.name,
        "--from-literal=values.yaml=canvas: {oidc: {sessionSecret: guessed-session-secret}}",
        "--from-literal=other-tool-token=hunter2-other-tool",
      ]);
      const before = hubText(VALUES_REF);
      expect(hubObject(VALUES_REF)?.metadata.managedFields?.map((entry) => entry.manager)).toEqual([
        "kubectl-create",
      ]);

      const report = await plan(config);
      const values = entryOf(report, VALUES_REF);
      expect(values).toEqual({
        ref: VALUES_REF,
        change: "foreign",
        resourceVersion: hubObject(VALUES_REF)?.metadata.resourceVersion,
      });
      expect(entryOf(report, { kind: "Namespace", name: "mural-system" })?.change).toBe("exists");
      // No oracle: nothing of the Secret's keys or values, and no live-values verdict.
      expect(report.liveValues).toBeUndefined();
      const shown = JSON.stringify(report);
      for (const word of ["other-tool-token", "hunter2", "guessed-session-secret"]) {
        expect(shown).not.toContain(word);
      }
      const admin = connectAs(testHub(), "admin");
      const preflight = await runPreflight(admin, [VALUES_REF], []);
      expect(preflight.values).toEqual({ isOnHub: true, isForeign: true });
      const load = await readHubValues(admin);
      expect("error" in load && load.error.message).toMatch(
        /^Secret mural-system\/easel-mural-values exists and was not made by Easel, so Easel does not read it/,
      );

      const applied = await outcomeOf(applyReport(admin, applyInput(config, report)));
      if (!applied.ok) throw new Error(applied.formError);
      const outcomes = Object.fromEntries(
        applied.data.entries.map((entry) => [describeRef(entry.ref), entry.outcome]),
      );
      expect(outcomes).toMatchObject({
        "Namespace mural-system": "left-as-is",
        "Namespace primary-dev": "created",
        [describeRef(VALUES_REF)]: "not-owned",
        [describeRef(PALETTE_REF)]: "created",
      });
      expect(
        applied.data.entries.find((entry) => entry.ref.name === VALUES_SECRET.name),
      ).toMatchObject({
        note: "Not made by Easel; adopt it in the plan.",
      });
      expect(hubText(VALUES_REF)).toBe(before);
      expect(
        hubObject({ kind: "Namespace", name: "mural-system" })?.metadata.labels ?? {},
      ).not.toHaveProperty("app.kubernetes.io/managed-by");
    },
    LONG,
  );

  it(
    "adopted, the foreign values Secret becomes Easel's: its label, this configuration's data alone, Easel alone managing it",
    async () => {
      const report = await plan(config);
      expect(entryOf(report, VALUES_REF)?.change).toBe("foreign");
      const applied = await outcomeOf(
        applyReport(
          connectAs(testHub(), "admin"),
          applyInput(config, report, { adopt: [VALUES_REF] }),
        ),
      );
      if (!applied.ok) throw new Error(applied.formError);
      expect(
        applied.data.entries.find((entry) => entry.ref.name === VALUES_SECRET.name)?.outcome,
      ).toBe("adopted");
      const live = hubObject(VALUES_REF);
      expect(live?.metadata.labels).toMatchObject({ "app.kubernetes.io/managed-by": "easel" });
      expect(Object.keys(live?.data ?? {})).toEqual([VALUES_SECRET.key]);
      expect(decoded(live?.data?.[VALUES_SECRET.key])).toBe(hubValuesText(gkeModule, config));
      expect(new Set(live?.metadata.managedFields?.map((entry) => entry.manager))).toEqual(
        new Set(["easel"]),
      );
      const again = await plan(config);
      expect(entryOf(again, VALUES_REF)?.change).toBe("unchanged");
      expect(entryOf(again, VALUES_REF)?.diff?.kind).toBe("values");
    },
    LONG,
  );

  it(
    "a Secret an older Easel applied without the label counts as Easel's, and applying adds the label",
    async () => {
      kubectl(testHub(), ["-n", "primary-dev", "delete", "secret", PALETTE_REF.name]);
      const object = buildHubPlan({ config, valuesText: "", withFlux: false }).find(
        (item) => describeRef(refOf(item)) === describeRef(PALETTE_REF),
      ) as { metadata: { labels?: Record<string, string> } } | undefined;
      if (!object) throw new Error("the configuration lost its Palette Secret");
      const unlabelled = structuredClone(object);
      delete unlabelled.metadata.labels;
      kubectl(
        testHub(),
        ["apply", "--server-side", "--field-manager=easel", "-f", "-"],
        JSON.stringify(unlabelled),
      );
      const report = await plan(config);
      expect(entryOf(report, PALETTE_REF)?.change).toBe("update");
      const applied = await outcomeOf(
        applyReport(connectAs(testHub(), "admin"), applyInput(config, report)),
      );
      if (!applied.ok) throw new Error(applied.formError);
      expect(
        applied.data.entries.find((entry) => entry.ref.name === PALETTE_REF.name)?.outcome,
      ).toBe("configured");
      expect(hubObject(PALETTE_REF)?.metadata.labels).toMatchObject({
        "app.kubernetes.io/managed-by": "easel",
      });
    },
    LONG,
  );

  it(
    "a field another manager took is a conflict the plan names, not forced; taken over, it is applied",
    async () => {
      const other = Buffer.from("another-tool-value").toString("base64");
      kubectl(
        testHub(),
        ["apply", "--server-side", "--force-conflicts", "--field-manager=other-tool", "-f", "-"],
        JSON.stringify({
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: PALETTE_REF.name, namespace: PALETTE_REF.namespace },
          data: { palette: other },
        }),
      );
      const report = await plan(config);
      const entry = entryOf(report, PALETTE_REF);
      expect(entry).toMatchObject({
        change: "conflict",
        conflict: { managers: ["other-tool"], fields: [".data.palette"] },
      });
      expect(entry?.error?.message).toBe(
        "Other managers own fields of Secret primary-dev/palette-api-secret that Easel would change: other-tool (.data.palette). Easel does not force them; take them over in the plan to apply it.",
      );
      expect(JSON.stringify(report)).not.toContain("another-tool-value");
      expect(JSON.stringify(report)).not.toContain(other);

      const admin = connectAs(testHub(), "admin");
      const refused = await outcomeOf(applyReport(admin, applyInput(config, report)));
      if (!refused.ok) throw new Error(refused.formError);
      expect(refused.data.entries.find((item) => item.ref.name === PALETTE_REF.name)).toMatchObject(
        {
          outcome: "failed",
          conflict: { managers: ["other-tool"], fields: [".data.palette"] },
        },
      );
      expect(hubObject(PALETTE_REF)?.data?.palette).toBe(other);

      const replanned = await plan(config);
      const taken = await outcomeOf(
        applyReport(admin, applyInput(config, replanned, { takeOver: [PALETTE_REF] })),
      );
      if (!taken.ok) throw new Error(taken.formError);
      expect(taken.data.entries.find((item) => item.ref.name === PALETTE_REF.name)?.outcome).toBe(
        "configured",
      );
      const live = hubObject(PALETTE_REF);
      expect(JSON.parse(decoded(live?.data?.palette)).apiKey).toBe(
        config.integrations.palette.apiKey,
      );
      const otherTool = live?.metadata.managedFields?.find((item) => item.manager === "other-tool");
      expect(JSON.stringify(otherTool?.fieldsV1 ?? {})).not.toContain("f:palette");
    },
    LONG,
  );

  it(
    "an object changed on the hub since the plan refuses the whole apply, and nothing is written",
    async () => {
      const rotated = withPaletteKey(config, "a-key-that-must-not-land");
      rotated.integrations.huggingFace.token = "hf_a-token-that-must-not-land";
      const report = await plan(rotated);
      kubectl(testHub(), [
        "-n",
        "mural-system",
        "annotate",
        "secret",
        VALUES_SECRET.name,
        "touched=yes",
      ]);
      const snapshot = report.entries.map((entry) => hubText(entry.ref));
      const refused = await outcomeOf(
        applyReport(connectAs(testHub(), "admin"), applyInput(rotated, report)),
      );
      expect(refused).toEqual({
        ok: false,
        formError: `Nothing was applied: Secret mural-system/${VALUES_SECRET.name} changed on the hub since the plan; plan again.`,
      });
      expect(report.entries.map((entry) => hubText(entry.ref))).toEqual(snapshot);
      // A plan that lacks an object the configuration makes is not the reviewed plan either.
      const fresh = await plan(rotated);
      const partial = {
        ...applyInput(rotated, fresh),
        planned: plannedObjectsOf(fresh.entries).slice(1),
      };
      const mismatch = await outcomeOf(applyReport(connectAs(testHub(), "admin"), partial));
      expect(mismatch).toEqual({
        ok: false,
        formError:
          "Nothing was applied: The objects to apply are not the reviewed plan's (Namespace mural-system not in it); plan again.",
      });
      expect(report.entries.map((entry) => hubText(entry.ref))).toEqual(snapshot);
    },
    LONG,
  );

  it(
    "the hub itself refuses a server-side apply whose resource version is stale (the precondition holds on 1.20)",
    async () => {
      const object = buildHubPlan({ config, valuesText: "", withFlux: false }).find(
        (item) => describeRef(refOf(item)) === describeRef(PALETTE_REF),
      );
      if (!object) throw new Error("the configuration lost its Palette Secret");
      const before = hubText(PALETTE_REF);
      const current = Number(hubObject(PALETTE_REF)?.metadata.resourceVersion);
      const stale = await applyObject(connectAs(testHub(), "admin"), object, {
        isDryRun: false,
        isForced: true,
        exists: true,
        resourceVersion: String(current - 1),
      });
      expect(stale).toEqual({
        error: {
          code: "conflict",
          message: `Conflict (${describeRef(PALETTE_REF)}): it changed on the hub since the plan; plan again.`,
        },
      });
      expect(hubText(PALETTE_REF)).toBe(before);
    },
    LONG,
  );

  it(
    "ten applies at once: one applies, nine are told to wait, and the one report is what the hub holds",
    async () => {
      const rotated = withPaletteKey(config, "the-key-of-the-concurrent-run");
      const report = await plan(rotated);
      const admin = connectAs(testHub(), "admin");
      const input = applyInput(rotated, report, { confirmReplacingSecretsOn: "admin" });
      const results = await Promise.all(
        Array.from({ length: 10 }, () => outcomeOf(applyReport(admin, input))),
      );
      const applied = results.filter((result) => result.ok);
      const told = results.filter((result) => !result.ok);
      expect(applied).toHaveLength(1);
      expect(told).toEqual(
        Array.from({ length: 9 }, () => ({ ok: false, formError: HUB_OPERATION_BUSY })),
      );
      const [only] = applied;
      if (!only?.ok) throw new Error("no apply ran");
      const objects = buildHubPlan({
        config: rotated,
        valuesText: hubValuesText(gkeModule, rotated),
        withFlux: false,
      });
      for (const entry of only.data.entries) {
        const built = objects.find(
          (object) => describeRef(refOf(object)) === describeRef(entry.ref),
        );
        const live = hubObject(entry.ref);
        if (entry.outcome === "left-as-is") {
          expect(live?.metadata.labels ?? {}).not.toHaveProperty("app.kubernetes.io/managed-by");
          continue;
        }
        expect(["unchanged", "configured"]).toContain(entry.outcome);
        if (built?.kind === "Secret")
          expect(live?.data, describeRef(entry.ref)).toEqual(built.data);
      }
      expect(
        only.data.entries
          .filter((entry) => entry.outcome === "configured")
          .map((entry) => describeRef(entry.ref)),
      ).toEqual([describeRef(PALETTE_REF)]);
      // The plan they all reviewed is spent: the next apply of it is refused.
      const after = await outcomeOf(applyReport(admin, input));
      expect(after).toEqual({
        ok: false,
        formError: `Nothing was applied: ${describeRef(PALETTE_REF)} changed on the hub since the plan; plan again.`,
      });
    },
    LONG,
  );
});
