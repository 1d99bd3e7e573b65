import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A kubeconfig written by kubectl itself (`kubectl config set-*`), so tests read what the real
 * tool produces rather than what Easel expects. `otherContexts` adds contexts after the current
 * one, each with a cluster and a token user of its own.
 */
export function kubectlKubeconfig(options: {
  server: string;
  context?: string;
  token?: string;
  exec?: string;
  otherContexts?: { context: string; server: string }[];
}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-kubeconfig-"));
  const file = path.join(dir, "config");
  const context = options.context ?? "gpu-east";
  const kubectl = (...args: string[]) =>
    execFileSync("kubectl", ["--kubeconfig", file, "config", ...args], { stdio: "ignore" });
  try {
    kubectl("set-cluster", "gpu-east-cluster", `--server=${options.server}`);
    if (options.exec) {
      kubectl(
        "set-credentials",
        "gpu-east-user",
        `--exec-command=${options.exec}`,
        "--exec-api-version=client.authentication.k8s.io/v1beta1",
      );
    } else {
      kubectl("set-credentials", "gpu-east-user", `--token=${options.token ?? "spoke-token"}`);
    }
    kubectl("set-context", context, "--cluster=gpu-east-cluster", "--user=gpu-east-user");
    for (const other of options.otherContexts ?? []) {
      kubectl("set-cluster", `${other.context}-cluster`, `--server=${other.server}`);
      kubectl("set-credentials", `${other.context}-user`, "--token=other-spoke-token");
      kubectl(
        "set-context",
        other.context,
        `--cluster=${other.context}-cluster`,
        `--user=${other.context}-user`,
      );
    }
    kubectl("use-context", context);
    return readFileSync(file, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
