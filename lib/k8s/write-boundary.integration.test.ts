import { writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { hubPlanInputSchema, type HubApplyInput } from "@/lib/hub/hub-input";
import { plannedObjectsOf } from "@/lib/hub/planned-objects";
import { connectHub, type HubConnection } from "@/lib/k8s/client";
import { hubError } from "@/lib/k8s/errors";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { serverSettings } from "@/lib/server/settings";
import { tokenKubeconfig } from "@/scripts/test-hub/test-hub";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { validGkeConfig } from "@/test/support/gke-config";
import { connectAs, kubectlGet } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { outcomeOf } from "@/test/support/hub-outcome";

import { applyReport, planReport } from "./hub-reports";
import { objectsToApply } from "./objects-to-apply";

const testHub = privateHubForFile();

const LONG = 120_000;

/**
 * A port where a listener counts every connection and drops it at once: a request sent there is
 * seen, and fails at once. Zero connections means Easel sent nothing.
 */
async function countingPort(): Promise<{
  server: Server;
  port: number;
  connections: () => number;
}> {
  let count = 0;
  const server = createServer((socket: Socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { server, port: address.port, connections: () => count };
}

/** Easel's connection to a "hub" at the counting port, as the server makes it from its settings. */
function connectionTo(port: number): HubConnection {
  const file = path.join(testHub().dir, `counting-${port}.kubeconfig`);
  writeFileSync(file, tokenKubeconfig(`https://127.0.0.1:${port}`, "counting", "token"), {
    mode: 0o600,
  });
  const result = connectHub({ ...serverSettings({}), clusterFeatures: true, kubeconfigPath: file });
  if ("problem" in result) throw new Error(result.problem);
  return result.connection;
}

/** Whether the real hub holds each object: a refused run must leave every one absent. */
function onHub(objects: [kind: string, name: string, namespace?: string][]) {
  return objects.map(([kind, name, namespace]) => [
    `${kind} ${namespace ? `${namespace}/` : ""}${name}`,
    kubectlGet(testHub(), kind, name, namespace) !== undefined,
  ]);
}

const SERVER_ENV = process.env.EASEL_ALLOWED_NAMESPACES;
afterEach(() => {
  if (SERVER_ENV === undefined) delete process.env.EASEL_ALLOWED_NAMESPACES;
  else process.env.EASEL_ALLOWED_NAMESPACES = SERVER_ENV;
});

/** The refusal both the plan and the apply give, on the real hub and on the counting port. */
async function expectRefusedEverywhere(input: HubApplyInput, refusal: RegExp) {
  const counting = await countingPort();
  try {
    for (const connection of [connectAs(testHub(), "admin"), connectionTo(counting.port)]) {
      for (const report of [planReport, applyReport]) {
        const result = await outcomeOf<unknown>(report(connection, input));
        expect(result).toEqual({ ok: false, formError: expect.stringMatching(refusal) });
      }
    }
    expect(counting.connections()).toBe(0);
  } finally {
    counting.server.close();
  }
}

describe("Easel writes only where it may, and refuses before any request to the hub", () => {
  it("the counting port sees a plan that is not refused, which fails there as unreachable", async () => {
    const counting = await countingPort();
    try {
      const error = await outcomeOf(
        planReport(connectionTo(counting.port), {
          config: validGkeConfig(),
        }),
      ).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(hubError(error, { verb: "get" }).code).toBe("unreachable");
      expect(counting.connections()).toBeGreaterThan(0);
    } finally {
      counting.server.close();
    }
  });

  it(
    "spokes' kubeconfig Secrets in kube-system: refused by the shared schema, and by the server's plan",
    async () => {
      const config = everySecretGkeConfig();
      config.install.spokeSecretNamespace = "kube-system";
      // What every action runs first: the field is named, as the form names it.
      const parsed = hubPlanInputSchema.safeParse({ config });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual([
        "config.install.spokeSecretNamespace",
      ]);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Easel never writes to kube-system/);
      // Past the schema (as a request that skipped it would be), the server refuses all the same.
      await expectRefusedEverywhere(
        { config, planned: [] },
        /^Nothing was sent to the hub: Easel may not write to kube-system \(Easel never writes to kube-system, kube-public, kube-node-lease and default\)\.$/,
      );
      expect(
        onHub([
          ["secret", "spoke-kubeconfig-gpu-east", "kube-system"],
          ["secret", "west-access", "kube-system"],
          ["namespace", "mural-system"],
          ["namespace", "primary-dev"],
          ["secret", "palette-api-secret", "primary-dev"],
          ["secret", "easel-mural-values", "mural-system"],
        ]),
      ).toEqual([
        ["secret kube-system/spoke-kubeconfig-gpu-east", false],
        ["secret kube-system/west-access", false],
        ["namespace mural-system", false],
        ["namespace primary-dev", false],
        ["secret primary-dev/palette-api-secret", false],
        ["secret mural-system/easel-mural-values", false],
      ]);
    },
    LONG,
  );

  it(
    "a Secret outside EASEL_ALLOWED_NAMESPACES is refused, naming it and the setting; inside, it applies",
    async () => {
      process.env.EASEL_ALLOWED_NAMESPACES = " mural-system , primary-dev ";
      const config: GkeConfig = validGkeConfig();
      config.integrations.namespace = "team-b";
      config.integrations.huggingFace = {
        ...config.integrations.huggingFace,
        isEnabled: true,
        token: "hf_write_boundary_token",
      };
      expect(hubPlanInputSchema.safeParse({ config }).success).toBe(true);
      await expectRefusedEverywhere(
        { config, planned: [] },
        /^Nothing was sent to the hub: Easel may not write to team-b \(EASEL_ALLOWED_NAMESPACES on this Easel server allows only mural-system and primary-dev\)\.$/,
      );
      expect(
        onHub([
          ["namespace", "team-b"],
          ["secret", "huggingface-token", "team-b"],
          ["namespace", "mural-system"],
          ["secret", "easel-mural-values", "mural-system"],
        ]),
      ).toEqual([
        ["namespace team-b", false],
        ["secret team-b/huggingface-token", false],
        ["namespace mural-system", false],
        ["secret mural-system/easel-mural-values", false],
      ]);

      // The same configuration in a namespace the setting names is applied: the list narrows, it
      // does not stop Easel.
      config.integrations.namespace = "primary-dev";
      const hub = connectAs(testHub(), "admin");
      const planned = await outcomeOf(planReport(hub, { config }));
      if (!planned.ok) throw new Error(planned.formError);
      const applied = await outcomeOf(
        applyReport(hub, {
          config,
          planned: plannedObjectsOf(planned.data.entries),
        }),
      );
      expect(applied.ok && applied.data.entries.map((entry) => entry.outcome)).toEqual([
        "created",
        "created",
        "created",
        "created",
      ]);
      expect(onHub([["secret", "huggingface-token", "primary-dev"]])).toEqual([
        ["secret primary-dev/huggingface-token", true],
      ]);
    },
    LONG,
  );

  it("a setting Easel cannot read lets it write nowhere, before any request", async () => {
    const counting = await countingPort();
    try {
      process.env.EASEL_ALLOWED_NAMESPACES = "mural-system, Primary Dev";
      const result = await objectsToApply(connectionTo(counting.port), {
        config: validGkeConfig(),
      });
      expect(result).toEqual({
        problem:
          'Nothing was sent to the hub: EASEL_ALLOWED_NAMESPACES holds "Primary Dev", which is not a namespace name (lowercase letters, digits and "-", at most 63); Easel writes nowhere until it is fixed.',
      });
      expect(counting.connections()).toBe(0);
    } finally {
      counting.server.close();
    }
  });
});
