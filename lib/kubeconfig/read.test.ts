import { describe, expect, it } from "vitest";

import { aliasBomb } from "@/test/support/hostile-yaml";
import { kubectlKubeconfig } from "@/test/support/kubeconfig";

import { readKubeconfig, readKubeconfigFile } from "./read";

const SERVER = "https://10.20.0.5:6443";

function problemOf(text: string, context = ""): string | undefined {
  const reading = readKubeconfig(text, context);
  return "problem" in reading ? reading.problem : undefined;
}

describe("readKubeconfig", () => {
  it("reads the current context of a kubeconfig kubectl wrote", () => {
    expect(readKubeconfig(kubectlKubeconfig({ server: SERVER }), "")).toEqual({
      summary: {
        context: "gpu-east",
        cluster: "gpu-east-cluster",
        server: SERVER,
        user: "gpu-east-user",
      },
    });
  });

  it("uses the chosen context, and names the ones there are when it is missing", () => {
    const text = kubectlKubeconfig({ server: SERVER, context: "gke_acme_us-east1_gpu" });
    expect(problemOf(text, "gke_acme_us-east1_gpu")).toBeUndefined();
    expect(readKubeconfig(text, "prod", "spoke.kubeconfig")).toEqual({
      problem: "prod is not a context in spoke.kubeconfig (it has gke_acme_us-east1_gpu).",
      about: "context",
    });
  });

  it("reads every context of a file, its current one named, whatever context is chosen", () => {
    const text = kubectlKubeconfig({
      server: SERVER,
      otherContexts: [{ context: "gpu-west", server: "https://10.30.0.5:6443" }],
    });
    const reading = readKubeconfigFile(text);
    expect("file" in reading && reading.file.contexts).toEqual(["gpu-east", "gpu-west"]);
    expect("file" in reading && reading.file.currentContext).toBe("gpu-east");
    expect(readKubeconfig(text, "gpu-west")).toMatchObject({
      summary: { context: "gpu-west", server: "https://10.30.0.5:6443", user: "gpu-west-user" },
    });
  });

  it("keeps a file without a current context and asks for a context, not another file", () => {
    const text = kubectlKubeconfig({ server: SERVER }).replace(/^current-context: .*$/m, "");
    const reading = readKubeconfigFile(text);
    expect("file" in reading && reading.file.currentContext).toBeUndefined();
    expect(readKubeconfig(text, "")).toEqual({
      problem: "There is no current context in this kubeconfig (it has gpu-east): choose one.",
      about: "context",
    });
  });

  it("says a problem of the chosen context is about the context, not the file", () => {
    const text = kubectlKubeconfig({
      server: SERVER,
      otherContexts: [{ context: "lab", server: "http://10.40.0.5:8080" }],
    });
    expect(readKubeconfig(text, "lab")).toEqual({
      problem: "The cluster of context lab uses http://10.40.0.5:8080, not https.",
      about: "context",
    });
    expect(readKubeconfig(text, "")).toHaveProperty("summary");
  });

  it("notes credentials that come from a command the hub would run", () => {
    const reading = readKubeconfig(
      kubectlKubeconfig({ server: SERVER, exec: "gke-gcloud-auth-plugin" }),
      "",
    );
    expect("summary" in reading && reading.summary.execCommand).toBe("gke-gcloud-auth-plugin");
  });

  it.each([
    ["a plain-http server", kubectlKubeconfig({ server: "http://10.20.0.5:8080" }), /not https/],
    [
      "no context",
      "kind: Config\nclusters: [{name: c, cluster: {server: 'https://a'}}]\nusers: [{name: u, user: {token: t}}]\n",
      /no context, so the hub could not tell/,
    ],
    ["a list", "- a\n- b\n", /not a kubeconfig/],
    ["another kind", "kind: Secret\napiVersion: v1\n", /not a kubeconfig/],
    ["no cluster", "kind: Config\nusers: [{name: u, user: {token: t}}]\n", /no cluster/],
    ["no user", "kind: Config\nclusters: [{name: c, cluster: {server: 'https://a'}}]\n", /no user/],
    ["malformed YAML", "kind: Config\nclusters: [\n", /not valid YAML \(line \d+, column \d+\)/],
    ["duplicate keys", "kind: Config\nkind: Config\n", /not valid YAML/],
    ["binary", "\u0000\u0001ELF", /binary/],
    ["an alias bomb", aliasBomb(), /aliases/],
    ["a huge file", `kind: Config\nx: "${"a".repeat(2 * 1024 * 1024)}"\n`, /at most 1024 KiB/],
    ["deep nesting", `${"[".repeat(5000)}${"]".repeat(5000)}`, /nested/],
  ])("refuses %s with a clear message", (_name, text, message) => {
    expect(problemOf(text)).toMatch(message);
  });
});
