import type { Consequence } from "@/lib/appliance-installer/consequences";

import { WrappedPath } from "./wrapped-path";

/** What breaks on the appliance because of the installer, each with the field to change and how. */
export function ConsequencesList({ items }: { items: readonly Consequence[] }) {
  if (items.length === 0) {
    return <p>Nothing in the file conflicts with what the installer sets beside it.</p>;
  }
  return (
    <ul className="consequences" aria-label="Consequences">
      {items.map((item, index) => (
        <li key={`${item.kind}-${index}`}>
          <p className="consequence-field">
            <WrappedPath path={item.path} />
          </p>
          <p>{item.message}</p>
          <p>
            <strong>Fix:</strong> {item.fix}
          </p>
        </li>
      ))}
    </ul>
  );
}
