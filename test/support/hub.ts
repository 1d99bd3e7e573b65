import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { connectHub, type HubConnection } from "@/lib/k8s/client";
import { serverSettings } from "@/lib/server/settings";
import { startHub, tokenKubeconfig, type HubUser, type TestHub } from "@/scripts/test-hub/test-hub";

/** How long a test may wait for its own hub to start (a build, the first time, takes minutes). */
export const HUB_START_TIMEOUT_MS = 15 * 60_000;

/** A hub of the test's own, in a fresh folder, so tests in other files never see its objects. */
export function startPrivateHub(): Promise<TestHub> {
  return startHub(mkdtempSync(path.join(tmpdir(), "easel-hub-")));
}

/** Easel's connection through `kubeconfigPath`, as the server makes it from its settings. */
function connectThrough(kubeconfigPath: string): HubConnection {
  const result = connectHub({ ...serverSettings({}), clusterFeatures: true, kubeconfigPath });
  if ("problem" in result) throw new Error(result.problem);
  return result.connection;
}

/** Easel's connection to `hub` as `user`. */
export function connectAs(hub: TestHub, user: HubUser): HubConnection {
  return connectThrough(hub.kubeconfigs[user]);
}

/** Easel's connection to `hub` as whoever holds `token` (a ServiceAccount's, say). */
export function connectWithToken(hub: TestHub, name: string, token: string): HubConnection {
  const file = path.join(hub.dir, `${name}.kubeconfig`);
  writeFileSync(file, tokenKubeconfig(hub.server, name, token), { mode: 0o600 });
  return connectThrough(file);
}

/** kubectl, the independent client, as the hub's admin. */
export function kubectl(hub: TestHub, args: readonly string[], input?: string): string {
  return execFileSync("kubectl", ["--kubeconfig", hub.kubeconfigs.admin, ...args], {
    encoding: "utf8",
    input,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** An object as kubectl reads it back, or undefined when the hub does not have it. */
export function kubectlGet(hub: TestHub, kind: string, name: string, namespace?: string) {
  try {
    const args = [
      "get",
      kind,
      name,
      "-o",
      "json",
      "--show-managed-fields",
      ...(namespace ? ["-n", namespace] : []),
    ];
    return JSON.parse(kubectl(hub, args)) as {
      metadata: {
        resourceVersion?: string;
        managedFields?: { manager: string; operation: string }[];
      };
      data?: Record<string, string>;
      spec?: Record<string, unknown>;
    };
  } catch (error) {
    // Only "not found" means absent; any other failure of kubectl fails the test.
    if (String((error as { stderr?: string }).stderr).includes("NotFound")) return undefined;
    throw error;
  }
}
