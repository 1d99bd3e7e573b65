import { describe, expect, it } from "vitest";

import { kubectlKubeconfig } from "@/test/support/kubeconfig";

import { contextChoices } from "./context-choices";
import { readKubeconfigFile, type KubeconfigFile } from "./read";

function fileOf(text: string): KubeconfigFile {
  const reading = readKubeconfigFile(text);
  if ("problem" in reading) throw new Error(reading.problem);
  return reading.file;
}

const TWO_CONTEXTS = fileOf(
  kubectlKubeconfig({
    server: "https://10.20.0.5:6443",
    otherContexts: [{ context: "gpu-west", server: "https://10.30.0.5:6443" }],
  }),
);

describe("contextChoices", () => {
  it("offers the file's contexts, its current one named as such and chosen while none is", () => {
    expect(contextChoices(TWO_CONTEXTS, "")).toEqual([
      { value: "", label: "gpu-east (current context)" },
      { value: "gpu-west", label: "gpu-west" },
    ]);
  });

  it("keeps a spoke that names the current context outright as it is", () => {
    expect(contextChoices(TWO_CONTEXTS, "gpu-east")[0]).toEqual({
      value: "gpu-east",
      label: "gpu-east (current context)",
    });
  });

  it("keeps a context the file lacks, first and marked, never replaced", () => {
    expect(contextChoices(TWO_CONTEXTS, "prod")).toEqual([
      { value: "prod", label: "prod (not in this file)" },
      { value: "", label: "gpu-east (current context)" },
      { value: "gpu-west", label: "gpu-west" },
    ]);
  });

  it("asks for a choice when the file has no current context and none is chosen", () => {
    const noCurrent = { ...TWO_CONTEXTS, currentContext: undefined };
    expect(contextChoices(noCurrent, "")).toEqual([
      { value: "", label: "Choose a context" },
      { value: "gpu-east", label: "gpu-east" },
      { value: "gpu-west", label: "gpu-west" },
    ]);
  });
});
