// Easel run in a pod: the kubeconfig is the pod's service account (client-node's in-cluster
// config, its token read from a file), and Helm must reach the hub as that same account.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { KubeConfig } from "@kubernetes/client-node";
import { afterEach, describe, expect, it } from "vitest";

import { releaseStates } from "@/lib/helm/release-reads";
import { serverSettings } from "@/lib/server/settings";
import { HELM_MAJORS, helmBinary } from "@/scripts/helm/helm-binaries";
import { kubectl } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";

import { connectionOf } from "./client";
import { hubHelmSession } from "./hub-helm-session";

const testHub = privateHubForFile();
const NAMESPACE = "mural-system";
const SERVICE_ACCOUNT = "var/run/secrets/kubernetes.io/serviceaccount";

/** May read Helm's release records in the releases' namespace, nothing more. */
const READER_RBAC = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: easel
  namespace: ${NAMESPACE}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: release-reader
  namespace: ${NAMESPACE}
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: release-reader
  namespace: ${NAMESPACE}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: release-reader
subjects:
  - kind: ServiceAccount
    name: easel
    namespace: ${NAMESPACE}
`;

let prepared: { prefix: string } | undefined;
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
});

/** A pod's service account folder under a temporary prefix: the account's token, the hub's CA. */
function podFiles(): { prefix: string } {
  if (prepared) return prepared;
  const hub = testHub();
  kubectl(hub, ["create", "namespace", NAMESPACE]);
  kubectl(hub, ["apply", "-f", "-"], READER_RBAC);
  const token = kubectl(hub, ["-n", NAMESPACE, "create", "token", "easel"]).trim();
  const prefix = mkdtempSync(path.join(tmpdir(), "easel-pod-"));
  const dir = path.join(prefix, SERVICE_ACCOUNT);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "token"), token, { mode: 0o600 });
  // The hub's self-signed serving certificate is its own CA, as the pod's ca.crt is the cluster's.
  writeFileSync(
    path.join(dir, "ca.crt"),
    readFileSync(path.join(hub.dir, "certs", "apiserver.crt")),
  );
  writeFileSync(path.join(dir, "namespace"), NAMESPACE);
  prepared = { prefix };
  return prepared;
}

function inClusterConnection() {
  const { prefix } = podFiles();
  const server = new URL(testHub().server);
  process.env.KUBERNETES_SERVICE_HOST = server.hostname;
  process.env.KUBERNETES_SERVICE_PORT = server.port;
  const kubeconfig = new KubeConfig();
  // The client's paths are absolute: the prefix goes before their leading slash.
  kubeconfig.loadFromCluster(prefix);
  const result = connectionOf(kubeconfig, 10_000);
  if ("problem" in result) throw new Error(result.problem);
  return result.connection;
}

describe("Easel in a pod, through its service account", () => {
  it("reaches the hub as the account, verifying the hub's certificate", async () => {
    const connection = inClusterConnection();
    // Anonymous, or any other user, may not list Secrets there: only the account's Role allows it.
    const access = await connection.authorization.createSelfSubjectAccessReview({
      body: {
        apiVersion: "authorization.k8s.io/v1",
        kind: "SelfSubjectAccessReview",
        spec: { resourceAttributes: { verb: "list", resource: "secrets", namespace: NAMESPACE } },
      },
    });
    expect(access.status?.allowed).toBe(true);
  });

  it("hands Helm the token file, never the token, and Helm reads the releases as the account", async () => {
    for (const major of HELM_MAJORS) {
      const connection = inClusterConnection();
      const text = connection.kubeconfigText();
      const token = readFileSync(path.join(podFiles().prefix, SERVICE_ACCOUNT, "token"), "utf8");
      expect(text).not.toContain(token);
      expect(JSON.parse(text)).toMatchObject({
        users: [{ user: { tokenFile: `${podFiles().prefix}/${SERVICE_ACCOUNT}/token` } }],
      });
      const settings = { ...serverSettings({}), helmPath: helmBinary(major) };
      const session = await hubHelmSession(connection, settings);
      // Listing Helm's records needs the account's Role: anyone else is refused.
      await expect(releaseStates(session)).resolves.toEqual([]);
    }
  }, 120_000);
});
