"use client";

import type { ReactNode } from "react";

import type { HelmInstallPreview } from "@/lib/hub/helm-install";

import { ReleaseAccessNotice } from "./release-access-notice";
import { ReleasePreviewList } from "./release-preview";

export type HelmPreviewReportProps = {
  preview: HelmInstallPreview;
  /** Easel's own objects (its Secrets and values Secret), as the plan shows them. */
  children: ReactNode;
};

/** The Helm preview: Easel's own objects once, what the hub's user may not do, each release. */
export function HelmPreviewReport({ preview, children }: HelmPreviewReportProps) {
  return (
    <section className="hub-block" aria-labelledby="helm-preview-title">
      <h4 id="helm-preview-title">
        Preview: {preview.kind === "upgrade" ? "upgrade" : "first install"}
      </h4>
      <h5>Easel&apos;s Secrets and values Secret</h5>
      {children}
      <ReleaseAccessNotice access={preview.access} />
      <ReleasePreviewList previews={preview.releases} />
    </section>
  );
}
