import { describe, expect, it } from "vitest";

import { buildSpokeValues } from "@/lib/values-builders/fleet";

import { spokeSchema, spokesSchema, type Spoke } from "./fleet";
import { isHubAsSpoke, kindFromName, newHubAsSpoke, newSpoke, withSpokeKinds } from "./fleet-model";

function issuesOf(spoke: Spoke) {
  const result = spokeSchema.safeParse(spoke);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe("a spoke's kind", () => {
  it("is chosen, not read from the name: a dedicated cluster named hub-as-spoke is refused at its name", () => {
    const renamed = newSpoke("gpu-east");
    renamed.name = "hub-as-spoke";
    expect(isHubAsSpoke(renamed)).toBe(false);
    expect(issuesOf(renamed)).toEqual([
      {
        path: ["name"],
        message:
          'hub-as-spoke is the name of this hub as a spoke. Give this dedicated cluster another name, or choose "This hub as a spoke".',
      },
    ]);
  });

  it("keeps a dedicated cluster's kubeconfig checks whatever it is named", () => {
    const renamed = { ...newSpoke("gpu-east"), name: "hub-as-spoke" };
    renamed.kubeconfig.secretKey = "a/b";
    expect(issuesOf(renamed).map((issue) => issue.path.join("."))).toEqual([
      "name",
      "kubeconfig.secretKey",
    ]);
  });

  it("names this hub as a spoke hub-as-spoke, as the guides do", () => {
    expect(issuesOf(newHubAsSpoke())).toEqual([]);
    const renamed = { ...newHubAsSpoke(), name: "edge" };
    expect(issuesOf(renamed)).toEqual([
      {
        path: ["name"],
        message:
          'This hub as a spoke is named hub-as-spoke (the GKE guide: do not edit this name). Choose "A dedicated cluster" to name it edge.',
      },
    ]);
  });

  it("lists this hub once", () => {
    const result = spokesSchema.safeParse([newHubAsSpoke(), newHubAsSpoke()]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Another spoke is already named hub-as-spoke.",
    ]);
  });

  it("writes what the name wrote before: in-cluster for the hub, a Secret for a dedicated cluster", () => {
    // The golden values tests (lib/targets/*/build-values.test.ts) hold the whole entries.
    expect(buildSpokeValues(newHubAsSpoke()).kubeconfig).toEqual({ inCluster: true });
    expect(buildSpokeValues(newSpoke("gpu-east", "dedicated")).kubeconfig).toMatchObject({
      inCluster: false,
      secretReference: { name: "spoke-kubeconfig-gpu-east" },
    });
  });
});

describe("spokes written before kinds were chosen", () => {
  it("take the kind their name gave them", () => {
    expect(kindFromName("hub-as-spoke")).toBe("hub-as-spoke");
    expect(kindFromName("gpu-east")).toBe("dedicated");
    expect(newSpoke("hub-as-spoke").kind).toBe("hub-as-spoke");
    expect(newSpoke("gpu-east").kind).toBe("dedicated");
  });

  it("get a kind in a stored configuration, and a kind given stays", () => {
    const config = {
      fleet: {
        spokes: [
          { name: "hub-as-spoke" },
          { name: "gpu-east" },
          { name: "gpu-west", kind: "hub-as-spoke" },
          "not a spoke",
        ],
      },
    };
    withSpokeKinds(config);
    expect(config.fleet.spokes).toEqual([
      { name: "hub-as-spoke", kind: "hub-as-spoke" },
      { name: "gpu-east", kind: "dedicated" },
      { name: "gpu-west", kind: "hub-as-spoke" },
      "not a spoke",
    ]);
  });

  it("leave anything not shaped as a configuration as it is", () => {
    for (const config of [undefined, null, 5, [], { fleet: 5 }, { fleet: { spokes: "x" } }]) {
      const before = structuredClone(config);
      withSpokeKinds(config);
      expect(config).toEqual(before);
    }
  });
});
