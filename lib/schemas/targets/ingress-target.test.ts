import { describe, expect, it } from "vitest";

import { issueLines } from "@/test/support/issue-lines";
import { validConfig } from "@/test/support/target-config";

import type { IngressTargetConfig } from "./index";
import { ingressTargetConfigSchema } from "./ingress-target";

const issuesOf = (config: IngressTargetConfig) =>
  issueLines(ingressTargetConfigSchema(config.target), config);

function edited(edit: (config: IngressTargetConfig) => void): IngressTargetConfig {
  const config = validConfig("eks");
  edit(config);
  return config;
}

describe("[eks, aws-iaas, kubernetes] ingressTargetConfigSchema", () => {
  it.each(["eks", "aws-iaas", "kubernetes"] as const)(
    "accepts %s's defaults, every ingress choice the chart's, once the domain, hub and hashes are in",
    (target) => {
      expect(issuesOf(validConfig(target))).toEqual([]);
    },
  );

  it.each<[string, (config: IngressTargetConfig) => void, string]>([
    [
      "an ingress class with capitals",
      (c) => (c.ingress.className = "ALB"),
      "ingress.className: Use lowercase letters",
    ],
    [
      "a provider with a space",
      (c) => (c.ingress.kubernetesProvider = "EKS Ingress"),
      "ingress.kubernetesProvider: Remove the spaces",
    ],
    [
      "TLS at the Ingress with no Secret",
      (c) => (c.ingress.tls = "secret"),
      "ingress.tlsSecretName: Enter a certificate Secret name.",
    ],
    [
      "an annotation key with a space",
      (c) => (c.ingress.annotations = [{ key: "my key", value: "x" }]),
      "ingress.annotations.0.key: After the prefix",
    ],
    [
      "an annotation key with a bad prefix",
      (c) => (c.ingress.annotations = [{ key: "Example.org/owner", value: "x" }]),
      "ingress.annotations.0.key: Use lowercase letters",
    ],
    [
      "an annotation given twice",
      (c) =>
        (c.ingress.annotations = [
          { key: "example.org/owner", value: "a" },
          { key: "example.org/owner", value: "b" },
        ]),
      "ingress.annotations.1.key: example.org/owner is already annotated above.",
    ],
    [
      "Zot behind an ALB Ingress",
      (c) => (c.ingress.className = "alb"),
      "registry.mode: Zot behind the main Ingress needs ingress-nginx's regex rewrite",
    ],
  ])("reports %s at its field", (_name, edit, expected) => {
    expect(issuesOf(edited(edit)).some((line) => line.startsWith(expected))).toBe(true);
  });

  it("accepts an ALB with Zot on its own load balancer or ECR", () => {
    for (const mode of ["zot-load-balancer", "external"] as const) {
      const config = edited((c) => {
        c.ingress.className = "alb";
        c.registry.mode = mode;
        c.registry.endpoint = "oci://registry.acme.io:5000";
      });
      expect(issuesOf(config)).toEqual([]);
    }
  });
});
