"use client";

import dynamic from "next/dynamic";

/**
 * A target's form, loaded only in the browser: its defaults include freshly generated secrets,
 * which must never be rendered into server HTML.
 */
export const TargetWorkspace = dynamic(
  () => import("./target-form-root").then((module) => module.TargetFormRoot),
  {
    ssr: false,
    loading: () => <p className="loading">Preparing the form…</p>,
  },
);
