import Link from "next/link";

import { TargetPicker } from "@/components/target-picker";

export default function HomePage() {
  return (
    <div className="page">
      <h1>Where are you installing PaletteAI?</h1>
      <p className="lead">
        Pick your install target. Easel asks what matters there and writes the{" "}
        <code>values.yaml</code> for the <code>mural</code> Helm chart as you type.
      </p>
      <TargetPicker />
      <p className="support-link">
        Supporting an appliance?{" "}
        <Link href="/installer-preview">
          See what its installer does with a customer&apos;s values.yaml
        </Link>
        .
      </p>
    </div>
  );
}
