"use client";

import dynamic from "next/dynamic";

/** The installer preview, in the browser only: it reads its settings from the address bar. */
export const InstallerPreviewWorkspace = dynamic(
  () => import("./installer-preview-page").then((module) => module.InstallerPreviewPage),
  { ssr: false, loading: () => <p className="loading">Preparing the preview…</p> },
);
