import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { buildHubPlan } from "@/lib/hub/hub-plan";
import { hubValuesText } from "@/lib/hub/hub-values";
import { refOf, type ObjectRef } from "@/lib/hub/object-ref";
import { gkeModule } from "@/lib/targets/gke/module";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { installFluxCrds } from "@/test/support/flux-crds";
import { connectWithToken, kubectl } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";

import { applyOnHub } from "./apply-on-hub";
import { runPreflight } from "./preflight";
import { readHubValues } from "./read-hub-values";

/** The RBAC that SECURITY.md tells an operator to apply: the test applies the very text. */
function securityGuideRbac(): string {
  const guide = readFileSync(new URL("../../SECURITY.md", import.meta.url), "utf8");
  const block = /```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
  if (!block?.includes("kind: ServiceAccount")) throw new Error("SECURITY.md has no RBAC block.");
  // The block is indented under a list item.
  return block.replace(/^ {3}/gm, "");
}

const testHub = privateHubForFile();
const LONG = 120_000;

describe("Easel with only the rights SECURITY.md grants", () => {
  it(
    "preflights, applies and loads the GKE bundle with Flux, and reaches no other namespace's Secrets",
    async () => {
      const hub = testHub();
      const config = everySecretGkeConfig();
      kubectl(hub, ["create", "namespace", "mural-system"]);
      kubectl(hub, ["create", "namespace", config.integrations.namespace]);
      installFluxCrds(hub, "latest");
      kubectl(hub, ["apply", "-f", "-"], securityGuideRbac());
      const token = kubectl(hub, ["-n", "mural-system", "create", "token", "easel"]).trim();
      const easel = connectWithToken(hub, "easel", token);

      const valuesText = hubValuesText(gkeModule, config);
      const plan = buildHubPlan({ config, valuesText, withFlux: true });
      const elsewhere: ObjectRef = { kind: "Secret", name: "admin-only", namespace: "kube-system" };
      const preflight = await runPreflight(
        easel,
        [...plan.slice(0, -4).map(refOf), elsewhere],
        plan.slice(-4).map(refOf),
      );
      expect(preflight.flux).toEqual({ isSourceServed: true, isHelmServed: true });
      const denied = preflight.access.filter((check) =>
        check.verbs.some((verb) => !verb.isAllowed),
      );
      expect(denied.map((check) => check.ref)).toEqual([elsewhere]);
      expect(denied[0]?.verbs.every((verb) => !verb.isAllowed)).toBe(true);

      const first = await applyOnHub(easel, plan);
      expect(first.filter((entry) => entry.outcome === "failed")).toEqual([]);
      // The operator made the two Namespaces first, as the guide says: Easel uses them as they
      // are, never labels them, and makes the rest.
      expect(first.map((entry) => entry.outcome)).toEqual([
        "left-as-is",
        "left-as-is",
        ...plan.slice(2).map(() => "created"),
      ]);
      for (const namespace of ["mural-system", config.integrations.namespace]) {
        const live = JSON.parse(kubectl(hub, ["get", "namespace", namespace, "-o", "json"])) as {
          metadata: { labels?: Record<string, string> };
        };
        expect(live.metadata.labels ?? {}).not.toHaveProperty("app.kubernetes.io/managed-by");
      }
      const again = await applyOnHub(easel, plan);
      expect(again.map((entry) => entry.outcome)).toEqual([
        "left-as-is",
        "left-as-is",
        ...plan.slice(2).map(() => "unchanged"),
      ]);
      expect(await readHubValues(easel)).toMatchObject({ text: valuesText });

      // Adopting a Secret Easel did not make needs no right beyond these (no `update`).
      const palette: ObjectRef = {
        kind: "Secret",
        name: "palette-api-secret",
        namespace: config.integrations.namespace,
      };
      kubectl(hub, ["-n", config.integrations.namespace, "delete", "secret", palette.name]);
      kubectl(hub, [
        "-n",
        config.integrations.namespace,
        ...["create", "secret", "generic", palette.name, "--from-literal=made=by-hand"],
      ]);
      const adopted = await applyOnHub(easel, plan, { adopt: [palette] });
      expect(adopted.find((entry) => entry.ref.name === palette.name)?.outcome).toBe("adopted");
    },
    LONG,
  );
});
