"use client";

import dynamic from "next/dynamic";

/**
 * The GKE form, loaded only in the browser: its defaults include freshly generated secrets, which
 * must never be rendered into server HTML.
 */
export const GkeWorkspace = dynamic(
  () => import("./gke-config-form").then((module) => module.GkeConfigForm),
  {
    ssr: false,
    loading: () => <p className="loading">Preparing the form…</p>,
  },
);
