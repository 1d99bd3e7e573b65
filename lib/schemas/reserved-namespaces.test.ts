import { describe, expect, it } from "vitest";

import { restoreDraft } from "@/lib/drafts/draft";
import { serializeDraft } from "@/lib/drafts/stored-draft";
import { profileProblems, readProfile, renderProfile } from "@/lib/profile/profile";
import { targetConfigSchema, type TargetConfig } from "@/lib/schemas/targets";
import { TARGETS } from "@/lib/targets/catalog";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { RESERVED_NAMESPACES } from "@/lib/validation/reserved-namespaces";
import { issueLines } from "@/test/support/issue-lines";
import { validConfig } from "@/test/support/target-config";

/** Every field that names a namespace Easel writes to, and how to set it. */
const NAMESPACE_FIELDS: [string, (config: TargetConfig, namespace: string) => void][] = [
  [
    "install.spokeSecretNamespace",
    (config, namespace) => (config.install.spokeSecretNamespace = namespace),
  ],
  [
    "integrations.namespace",
    (config, namespace) => {
      // The namespace is checked only while an integration writes a Secret there.
      config.integrations.namespace = namespace;
      config.integrations.huggingFace.isEnabled = true;
      config.integrations.huggingFace.token = "hf_reserved_namespace_test";
    },
  ],
];

function configWith(target: TargetConfig["target"], field: number, namespace: string) {
  const config = validConfig(target) as TargetConfig;
  NAMESPACE_FIELDS[field]![1](config, namespace);
  return config;
}

const CASES = TARGETS.flatMap((target) =>
  NAMESPACE_FIELDS.flatMap(([path], field) =>
    RESERVED_NAMESPACES.map((namespace) => ({ target: target.id, path, field, namespace })),
  ),
);

describe("namespaces Easel never writes to", () => {
  it.each(CASES)(
    "$target: $path refuses $namespace at the field",
    ({ target, field, path, namespace }) => {
      expect(issueLines(targetConfigSchema, configWith(target, field, namespace))).toEqual([
        `${path}: Easel never writes to ${namespace}: kube-system, kube-public, kube-node-lease and default belong to Kubernetes. Choose another namespace.`,
      ]);
    },
  );

  it.each(
    TARGETS.flatMap((target) =>
      NAMESPACE_FIELDS.map(([path], field) => ({ target: target.id, path, field })),
    ),
  )("$target: $path takes a namespace of PaletteAI's", ({ target, field }) => {
    for (const namespace of ["mural-system", "primary-dev", "kube-systems", "defaults"]) {
      expect(issueLines(targetConfigSchema, configWith(target, field, namespace))).toEqual([]);
    }
  });

  it("the CLI reads a profile naming kube-system and reports it as the form does", () => {
    const config = configWith("gke", 0, "kube-system");
    const reading = readProfile(renderProfile(config, { includeSecrets: true }));
    if ("problems" in reading) throw new Error(reading.problems[0]?.message);
    expect(profileProblems(reading.config)).toEqual([
      {
        path: "install.spokeSecretNamespace",
        message: expect.stringContaining("Easel never writes to kube-system"),
      },
    ]);
  });

  it("a draft naming default comes back as it was, for the form to show the error at the field", () => {
    const config = configWith("eks", 1, "default");
    const restored = restoreDraft(
      TARGET_MODULES.eks,
      serializeDraft(config, new Date("2026-12-01T10:00:00Z")),
    );
    expect(restored?.config.integrations.namespace).toBe("default");
    expect(restored?.config.install).toEqual(config.install);
  });
});
