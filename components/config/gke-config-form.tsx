"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";

import { gkeConfigSchema, type GkeConfig } from "@/lib/schemas/targets/gke";
import { createGkeDefaults } from "@/lib/targets/gke/defaults";
import { renderGkeValuesFile } from "@/lib/targets/gke/render";
import { findPlaceholder } from "@/lib/validation/placeholders";

import { downloadText } from "./download";
import { ErrorSummary } from "./error-summary";
import { CanvasFields } from "./fields/canvas-fields";
import { FleetFields } from "./fields/fleet-fields";
import { GlobalFields } from "./fields/global-fields";
import { IdentityFields } from "./fields/identity-fields";
import { RegistryFields } from "./fields/registry-fields";
import { SectionNav } from "./section-nav";
import { ValuesPreview } from "./values-preview";

const FORM_ID = "gke-config-form";

/** The GKE configuration form and its live values.yaml preview. Runs only in the browser. */
export function GkeConfigForm() {
  // Generated here, in the browser, so no secret ever travels in the page's HTML.
  const [defaultValues] = useState(createGkeDefaults);
  const [downloadError, setDownloadError] = useState("");
  const form = useForm<GkeConfig>({
    resolver: zodResolver(gkeConfigSchema),
    defaultValues,
    mode: "onTouched",
    shouldFocusError: false,
  });

  function onValid(config: GkeConfig) {
    const text = renderGkeValuesFile(config, new Date());
    const placeholder = findPlaceholder(text);
    if (placeholder) {
      setDownloadError(
        `values.yaml still contains the docs placeholder "${placeholder}"; replace it before downloading.`,
      );
      return;
    }
    setDownloadError("");
    downloadText("values.yaml", text);
  }

  return (
    <FormProvider {...form}>
      <div className="workspace">
        <SectionNav />
        <form
          id={FORM_ID}
          className="config-form"
          noValidate
          onSubmit={form.handleSubmit(onValid)}
          aria-label="GKE configuration"
        >
          <ErrorSummary />
          {downloadError ? (
            <p className="error-summary" role="alert">
              {downloadError}
            </p>
          ) : null}
          <GlobalFields />
          <FleetFields />
          <CanvasFields />
          <IdentityFields />
          <RegistryFields />
        </form>
        <ValuesPreview formId={FORM_ID} />
      </div>
    </FormProvider>
  );
}
