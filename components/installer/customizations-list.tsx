import type { Customization } from "@/lib/installer/customizations";
import { shownValue } from "@/lib/installer/secret-values";

/** What the customer set that reaches Helm as written. */
export function CustomizationsList({ items }: { items: readonly Customization[] }) {
  if (items.length === 0) return <p>Nothing in the file reaches Helm unchanged.</p>;
  return (
    <ul className="customizations" aria-label="Effective customizations">
      {items.map((item) => (
        <li key={item.path}>
          <code>{item.path}</code>: {shownValue(item.path, item.value)}
        </li>
      ))}
    </ul>
  );
}
