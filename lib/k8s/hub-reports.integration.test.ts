import { describe, expect, it } from "vitest";

import { CONFIGURATION_ID_ANNOTATION, VALUES_SECRET } from "@/lib/hub/hub-plan";
import { refOf } from "@/lib/hub/object-ref";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import type { HubPlanReport, ValuesDiff } from "@/lib/hub/results";
import { runPreflight } from "@/lib/k8s/preflight";
import { readHubValues } from "@/lib/k8s/read-hub-values";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { generateSecret } from "@/lib/secrets/generate";
import { validGkeConfig } from "@/test/support/gke-config";
import { connectAs, kubectlGet } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { outcomeOf } from "@/test/support/hub-outcome";

import { applyReport, planReport } from "./hub-reports";

const testHub = privateHubForFile();

const LONG = 120_000;

/** A second bcrypt hash at cost 12, so another configuration's admin differs from the first's. */
const OTHER_HASH = "$2b$12$9yR0bJmQ2c1o3nV4cM8b5uJmZ0dQm0Jb7l6KQy0k1k3b7ZyF8v1XK";

function valuesOnHub(): { text: string; annotations: Record<string, string> } {
  const secret = kubectlGet(testHub(), "secret", VALUES_SECRET.name, VALUES_SECRET.namespace) as
    | { data?: Record<string, string>; metadata: { annotations?: Record<string, string> } }
    | undefined;
  const encoded = secret?.data?.[VALUES_SECRET.key] ?? "";
  return {
    text: Buffer.from(encoded, "base64").toString("utf8"),
    annotations: secret?.metadata.annotations ?? {},
  };
}

function valuesDiffOf(report: HubPlanReport): ValuesDiff {
  const entry = report.entries.find((item) => item.ref.name === VALUES_SECRET.name);
  if (entry?.diff?.kind !== "values") throw new Error("the values Secret has no values diff");
  return entry.diff;
}

/** Every secret of a configuration that values.yaml holds, raw and base64-encoded. */
function secretsOf(...configs: GkeConfig[]): string[] {
  const raw = configs.flatMap((config) => [
    config.canvas.sessionSecret,
    config.global.auditLogging.password,
    config.identity.clients.muralSecret,
    config.identity.clients.kubernetesSecret,
    ...config.identity.localUsers.map((user) => user.hash),
  ]);
  return [...raw, ...raw.map((value) => Buffer.from(value).toString("base64"))];
}

async function planned(config: GkeConfig): Promise<HubPlanReport> {
  const result = await outcomeOf(planReport(connectAs(testHub(), "admin"), { config }));
  if (!result.ok) throw new Error(result.formError);
  return result.data;
}

/** Plans `config`, then applies it against that plan, as the browser does. */
async function planThenApply(config: GkeConfig, confirmReplacingSecretsOn?: string) {
  const report = await planned(config);
  return outcomeOf(
    applyReport(connectAs(testHub(), "admin"), {
      config,
      planned: plannedObjectsOf(report.entries),
      confirmReplacingSecretsOn,
    }),
  );
}

describe("plans and applies over values already on a real hub", () => {
  const config = validGkeConfig();
  const rotated = structuredClone(config);
  rotated.global.metrics.scrapeInterval = "30s";
  rotated.canvas.sessionSecret = generateSecret();

  it(
    "a first apply marks the values Secret with the configuration's id, and needs no confirmation",
    async () => {
      const report = await planned(config);
      expect(report.liveValues).toEqual({
        origin: { isOnHub: false },
        isOtherConfiguration: false,
        replacedSecrets: [],
      });
      const applied = await planThenApply(config);
      expect(applied.ok && applied.data.entries.every((entry) => entry.outcome === "created")).toBe(
        true,
      );
      expect(valuesOnHub().annotations).toMatchObject({
        [CONFIGURATION_ID_ANNOTATION]: config.configurationId,
      });
      expect(valuesOnHub().text).not.toContain(config.configurationId);
    },
    LONG,
  );

  it(
    "the plan names the changed scrape interval and the regenerated session secret, never its value",
    async () => {
      const report = await planned(rotated);
      const diff = valuesDiffOf(report);
      expect(diff.changes).toContainEqual({
        path: "global.metrics.scrapeInterval",
        change: "changed",
        isSecret: false,
        before: "15s",
        after: "30s",
      });
      expect(diff.changes).toContainEqual({
        path: "canvas.oidc.sessionSecret",
        change: "changed",
        isSecret: true,
      });
      expect(report.liveValues).toEqual({
        origin: { isOnHub: true, configurationId: config.configurationId },
        isOtherConfiguration: false,
        replacedSecrets: [{ path: "canvas.oidc.sessionSecret", change: "changed", isSecret: true }],
      });
      const serialized = JSON.stringify(report);
      for (const secret of secretsOf(config, rotated)) expect(serialized).not.toContain(secret);
    },
    LONG,
  );

  it(
    "apply without the confirmation (or naming another cluster) is refused and changes nothing; with it, it applies",
    async () => {
      const before = valuesOnHub().text;
      for (const confirmReplacingSecretsOn of [undefined, "some-other-cluster"]) {
        const refused = await planThenApply(rotated, confirmReplacingSecretsOn);
        expect(refused).toEqual({
          ok: false,
          formError:
            "Nothing was applied: applying would replace 1 secret live on admin (canvas.oidc.sessionSecret). Plan again and confirm replacing them on admin.",
        });
        expect(valuesOnHub().text).toBe(before);
      }
      expect(before).toContain(config.canvas.sessionSecret);
      const applied = await planThenApply(rotated, "admin");
      expect(applied.ok).toBe(true);
      expect(valuesOnHub().text).toContain(rotated.canvas.sessionSecret);
      expect(valuesOnHub().text).toContain("scrapeInterval: 30s");
      // Nothing left to replace: the same configuration applies again without asking.
      expect((await planThenApply(rotated)).ok).toBe(true);
    },
    LONG,
  );

  it(
    "a plan from another configuration reports it and every live secret it would replace",
    async () => {
      const other = validGkeConfig();
      other.identity.localUsers[0]!.hash = OTHER_HASH;
      const report = await planned(other);
      expect(report.liveValues?.origin).toEqual({
        isOnHub: true,
        configurationId: config.configurationId,
      });
      expect(report.liveValues?.isOtherConfiguration).toBe(true);
      expect(report.liveValues?.replacedSecrets.map((secret) => secret.path)).toEqual(
        expect.arrayContaining([
          "canvas.oidc.sessionSecret",
          "dex.config.staticClients[0].secret",
          "dex.config.staticClients[1].secret",
          "dex.config.staticPasswords[0].hash",
        ]),
      );
      const serialized = JSON.stringify(report);
      for (const secret of secretsOf(config, rotated, other)) {
        expect(serialized).not.toContain(secret);
      }
      // Preflight and load tell the browser which configuration is on the hub, and nothing more.
      const admin = connectAs(testHub(), "admin");
      const preflight = await runPreflight(
        admin,
        [refOf({ kind: "Secret", metadata: VALUES_SECRET })],
        [],
      );
      expect(preflight.values).toEqual({ isOnHub: true, configurationId: config.configurationId });
      expect(await readHubValues(admin)).toMatchObject({ configurationId: config.configurationId });
      const refused = await planThenApply(other);
      expect(refused.ok).toBe(false);
    },
    LONG,
  );
});
