import type { Customization } from "@/lib/appliance-installer/customizations";

import { ShownValue } from "./shown-value-cell";
import { WrappedPath } from "./wrapped-path";

/** What the customer set that reaches Helm as written. */
export function CustomizationsList({ items }: { items: readonly Customization[] }) {
  if (items.length === 0) return <p>Nothing in the file reaches Helm unchanged.</p>;
  return (
    <ul className="customizations" aria-label="Effective customizations">
      {items.map((item) => (
        <li key={item.path}>
          <WrappedPath path={item.path} />: <ShownValue path={item.path} value={item.value} />
        </li>
      ))}
    </ul>
  );
}
