import type { Metadata } from "next";

import { InstallerPreviewWorkspace } from "@/components/appliance-installer/installer-preview-workspace";

export const metadata: Metadata = { title: "Installer preview: Easel" };

export default function InstallerPreviewRoute() {
  return (
    <div className="page page-wide">
      <h1>What the appliance installer does with a values.yaml</h1>
      <p className="lead">
        On the PaletteAI appliance, an installer merges the host file with values it generates and
        values it enforces, every five minutes, and never writes the result back. Paste a
        customer&apos;s file and their Local UI settings to see which edits it ignores and what Helm
        receives.
      </p>
      <InstallerPreviewWorkspace />
    </div>
  );
}
