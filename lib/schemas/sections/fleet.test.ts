import { describe, expect, it } from "vitest";

import { kubectlKubeconfig } from "@/test/support/kubeconfig";

import { spokeSchema } from "./fleet";
import { newSpoke } from "./fleet-model";

function issuesOf(context: string, kubeconfigFile: string) {
  const spoke = { ...newSpoke("gpu-east"), kubeconfigFile };
  spoke.kubeconfig.context = context;
  const result = spokeSchema.safeParse(spoke);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe("spokeSchema", () => {
  const file = kubectlKubeconfig({ server: "https://10.20.0.5:6443" });

  it("puts a context the kept file lacks at the context, where it is chosen", () => {
    expect(issuesOf("prod", file)).toEqual([
      {
        path: ["kubeconfig", "context"],
        message: "prod is not a context in this kubeconfig (it has gpu-east).",
      },
    ]);
  });

  it("accepts the file's contexts, and any single-line context with no file", () => {
    expect(issuesOf("gpu-east", file)).toEqual([]);
    expect(issuesOf("", file)).toEqual([]);
    expect(issuesOf("prod", "")).toEqual([]);
  });
});
