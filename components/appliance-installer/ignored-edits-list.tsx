import type { ManagedFieldReport } from "@/lib/appliance-installer/installer-merge";

import { ShownValue } from "./shown-value-cell";
import { WrappedPath } from "./wrapped-path";

/** The customer's edits the installer overrides, one per line: what they set and what Helm gets. */
export function IgnoredEditsList({ fields }: { fields: readonly ManagedFieldReport[] }) {
  if (fields.length === 0) return null;
  return (
    <ul className="ignored-edits" aria-label="Ignored edits">
      {fields.map((field) => (
        <li key={field.path}>
          <WrappedPath path={field.path} />:{" "}
          <span className="ignored-values">
            <span className="value-label">customer&apos;s</span>{" "}
            <ShownValue path={field.path} value={field.userValue} />{" "}
            <span className="value-label">becomes</span>{" "}
            <ShownValue path={field.path} value={field.finalValue} />
          </span>
        </li>
      ))}
    </ul>
  );
}
