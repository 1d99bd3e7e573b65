"use client";

import { RELEASE_NAMESPACE } from "@/lib/chart/constants";
import type { MapEntry } from "@/lib/schemas/sections/impersonation";
import {
  BUNDLED_INGRESS_NGINX_MODES,
  TLS_MODES,
  type BundledIngressNginxMode,
  type TlsMode,
} from "@/lib/schemas/sections/ingress-model";
import type { IngressInferences } from "@/lib/targets/target-module";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useConfigForm, useConfigWatch, type ConfigValue } from "@/components/hooks/config-form";
import type { ConfigPath } from "@/components/hooks/config-path";

import { FormSection } from "../form-section";
import { useTargetForm } from "../target-context";
import { InferenceHint } from "./inference-hint";
import { MapEntries } from "./map-entries";

const TLS_LABELS: Record<TlsMode, string> = {
  "chart-default": "The chart's default (nothing written)",
  "load-balancer": "A load balancer in front of the Ingress (tls: [])",
  secret: "The Ingress, with a certificate Secret",
};

const INGRESS_NGINX_LABELS: Record<BundledIngressNginxMode, string> = {
  "chart-default": "The chart's default (nothing written)",
  enabled: "Deploy it (ingress-nginx.enabled: true)",
  disabled: "Turn it off: another controller serves the Ingress (ingress-nginx.enabled: false)",
};

/** `current` with the inferred annotations added, each replacing an entry with its key. */
function withInferredAnnotations(current: MapEntry[], inferred: MapEntry[]): MapEntry[] {
  const inferredKeys = new Set(inferred.map((entry) => entry.key));
  return [...current.filter((entry) => !inferredKeys.has(entry.key)), ...inferred];
}

function hasAnnotations(current: MapEntry[], inferred: MapEntry[]): boolean {
  return inferred.every((wanted) =>
    current.some((entry) => entry.key === wanted.key && entry.value === wanted.value),
  );
}

/** Puts Easel's inferred value in a field as if the admin had chosen it there. */
function useTakeInference() {
  const { setValue } = useConfigForm();
  return <P extends ConfigPath>(name: P, value: ConfigValue<P>) =>
    setValue<P>(name, value, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
}

function IngressChoices({ inferences }: { inferences: IngressInferences }) {
  const ingress = useConfigWatch("ingress");
  const takeInference = useTakeInference();
  const { className, annotations, tls, bundledIngressNginx } = inferences;
  const takeAllInferences = () => {
    takeInference("ingress.className", className.value);
    takeInference("ingress.bundledIngressNginx", bundledIngressNginx.value);
    takeInference("ingress.tls", tls.value);
    takeInference(
      "ingress.annotations",
      withInferredAnnotations(ingress.annotations, annotations.value),
    );
  };
  return (
    <>
      <button type="button" className="button-secondary" onClick={takeAllInferences}>
        Use all of Easel&apos;s inferences
      </button>
      <TextField
        name="ingress.className"
        label="Ingress class"
        tag="optional"
        placeholder="the chart's default"
        hint={
          <InferenceHint
            what="ingress class"
            shown={className.value}
            why={className.why}
            isTaken={ingress.className === className.value}
            onTake={() => takeInference("ingress.className", className.value)}
          />
        }
      />
      <SelectField
        name="ingress.bundledIngressNginx"
        label="Bundled ingress-nginx"
        options={BUNDLED_INGRESS_NGINX_MODES.map((value) => ({
          value,
          label: INGRESS_NGINX_LABELS[value],
        }))}
        hint={
          <InferenceHint
            what="ingress-nginx setting"
            shown={bundledIngressNginx.value}
            why={bundledIngressNginx.why}
            isTaken={ingress.bundledIngressNginx === bundledIngressNginx.value}
            onTake={() => takeInference("ingress.bundledIngressNginx", bundledIngressNginx.value)}
          />
        }
      />
      <SelectField
        name="ingress.tls"
        label="Where TLS ends"
        options={TLS_MODES.map((value) => ({ value, label: TLS_LABELS[value] }))}
        hint={
          <InferenceHint
            what="TLS setting"
            shown={tls.value}
            why={tls.why}
            isTaken={ingress.tls === tls.value}
            onTake={() => takeInference("ingress.tls", tls.value)}
          />
        }
      />
      {ingress.tls === "secret" ? (
        <TextField
          name="ingress.tlsSecretName"
          label="Certificate Secret name"
          placeholder="paletteai-tls"
          hint={`A kubernetes.io/tls Secret in ${RELEASE_NAMESPACE} whose certificate covers the domain.`}
        />
      ) : null}
      <MapEntries
        name="ingress.annotations"
        legend="Canvas Ingress annotations"
        entryName="annotation"
        keyLabel="Annotation key"
        valueLabel="Annotation value"
        newEntry={() => ({ key: "", value: "" })}
      />
      {annotations.value.length > 0 ? (
        <p className="field-hint">
          <InferenceHint
            what="annotations"
            shown={annotations.value.map((entry) => `${entry.key}: ${entry.value}`).join(", ")}
            why={annotations.why}
            isTaken={hasAnnotations(ingress.annotations, annotations.value)}
            takeLabel="Add the inferred annotations"
            onTake={() =>
              takeInference(
                "ingress.annotations",
                withInferredAnnotations(ingress.annotations, annotations.value),
              )
            }
          />
        </p>
      ) : null}
    </>
  );
}

/**
 * How Canvas is exposed on a target whose install guide Easel does not have. Every choice starts
 * at the chart's default and writes nothing; Easel's inference sits beside it until taken.
 */
export function IngressFields() {
  const { ingressInferences } = useTargetForm();
  if (!ingressInferences) return null;
  return (
    <FormSection
      id="ingress"
      title="Ingress and load balancer"
      description="No install guide for this target was available to Easel. Each setting below starts at the chart's default, which writes nothing; Easel's inference is shown beside it for you to take or replace."
    >
      <IngressChoices inferences={ingressInferences} />
      <TextField
        name="ingress.kubernetesProvider"
        label="Kubernetes provider (global.kubernetesProvider)"
        tag="optional"
        placeholder="the chart's default"
        hint={ingressInferences.kubernetesProvider.why}
      />
    </FormSection>
  );
}
