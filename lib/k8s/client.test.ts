import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { serverSettings } from "@/lib/server/settings";

import { connectHub } from "./client";

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: hub
    cluster: { server: "https://hub.example:6443" }
  - name: other
    cluster: { server: "https://other.example:6443" }
users:
  - name: hub-admin
    user: { token: hub-token-aaaaaaaa }
  - name: other-admin
    user: { token: other-token-bbbbbbbb }
contexts:
  - name: hub
    context: { cluster: hub, user: hub-admin }
  - name: other
    context: { cluster: other, user: other-admin }
current-context: hub
`;

function kubeconfigFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "easel-client-")), "kubeconfig");
  writeFileSync(file, KUBECONFIG, { mode: 0o600 });
  return file;
}

function helmKubeconfig(context?: string) {
  const settings = { ...serverSettings({}), kubeconfigPath: kubeconfigFile(), context };
  const connected = connectHub(settings);
  if ("problem" in connected) throw new Error(connected.problem);
  return { text: connected.connection.kubeconfigText() };
}

describe("the kubeconfig Helm is given", () => {
  it("holds the current context alone", () => {
    const { text } = helmKubeconfig();
    const config = parse(text) as Record<string, { name: string }[]>;
    expect(config["current-context"]).toBe("hub");
    expect(config.clusters?.map((cluster) => cluster.name)).toEqual(["hub"]);
    expect(config.users?.map((user) => user.name)).toEqual(["hub-admin"]);
    expect(text).toContain("hub-token-aaaaaaaa");
    expect(text).not.toContain("other-token-bbbbbbbb");
  });

  it("follows EASEL_HUB_CONTEXT", () => {
    const { text } = helmKubeconfig("other");
    expect(text).toContain("https://other.example:6443");
    expect(text).not.toContain("hub-token-aaaaaaaa");
  });
});
