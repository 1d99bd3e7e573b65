"use client";

import { usesBundledZot, type RegistryMode } from "@/lib/schemas/sections/registry-model";
import { RadioGroupField } from "@/components/ui/radio-group-field";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";

import { FormSection } from "../form-section";
import { useTargetShows } from "../target-context";
import { RegistryUsers } from "./registry-users";

const MODE_OPTIONS = [
  {
    value: "zot-ingress",
    label: "Bundled Zot on the main domain (recommended)",
    description:
      "Served under <domain>/zot and <domain>/v2 by the same load balancer, which ends TLS. No extra DNS record.",
  },
  {
    value: "zot-load-balancer",
    label: "Bundled Zot on its own load balancer",
    description: "A second load balancer and DNS record; Zot ends TLS itself on port 5000.",
  },
  {
    value: "external",
    label: "An external OCI registry, such as Amazon ECR",
    description:
      "The bundled Zot is turned off. The registry must follow the OCI distribution spec (Docker Hub does not).",
  },
] as const;

const ENDPOINT_HINTS: Record<Exclude<RegistryMode, "zot-ingress">, string> = {
  "zot-load-balancer":
    "Zot's own DNS name with :5000, such as oci://zot.example.org:5000. The DNS record can come after the install.",
  external:
    "Such as oci://123456789012.dkr.ecr.us-east-1.amazonaws.com. How the chart authenticates to it (IAM roles for ECR) is not in the reference: check your chart.",
};

/** The OCI registry spokes pull workloads from: the bundled Zot or an external one. */
export function RegistryFields() {
  const mode = useConfigWatch("registry.mode");
  const isShown = useTargetShows("registry");
  if (!isShown) return null;
  return (
    <FormSection
      id="registry"
      title="OCI registry"
      description="The hub pushes rendered workloads to this registry and spokes pull them from it."
    >
      <RadioGroupField
        name="registry.mode"
        legend="Where the registry runs"
        options={MODE_OPTIONS}
      />
      {mode === "zot-ingress" ? null : (
        <TextField
          name="registry.endpoint"
          label="Registry endpoint"
          inputMode="url"
          hint={`${ENDPOINT_HINTS[mode]} Easel writes it to every spoke, to the values pushed to spokes, and to the hub.`}
        />
      )}
      {usesBundledZot(mode) ? <RegistryUsers /> : null}
    </FormSection>
  );
}
