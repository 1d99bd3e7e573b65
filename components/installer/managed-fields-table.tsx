import type { ManagedFieldReport } from "@/lib/installer/installer-merge";
import { shownValue } from "@/lib/installer/secret-values";

/** Every installer-managed field: whether it applies, the customer's value and the final one. */
export function ManagedFieldsTable({ fields }: { fields: readonly ManagedFieldReport[] }) {
  return (
    <table className="installer-managed" aria-label="Installer-managed fields">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Layer</th>
          <th scope="col">Applies</th>
          <th scope="col">Customer&apos;s value</th>
          <th scope="col">Final value</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.path} data-ignored={field.userEditIgnored ? "" : undefined}>
            <th scope="row">
              <code>{field.path}</code>
            </th>
            <td>{field.layer}</td>
            <td>{field.applies ? "yes" : `no: only ${field.condition}`}</td>
            <td>{shownValue(field.path, field.userValue)}</td>
            <td>{shownValue(field.path, field.finalValue)}</td>
            <td>{field.userEditIgnored ? <strong>Customer edit ignored</strong> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
