import type { ManagedFieldReport } from "@/lib/appliance-installer/installer-merge";

import { ShownValue } from "./shown-value-cell";
import { WrappedPath } from "./wrapped-path";

/**
 * Every installer-managed field: whether it applies, the customer's value and the final one. Each
 * cell names its column for the stacked layout of narrow screens.
 */
export function ManagedFieldsTable({ fields }: { fields: readonly ManagedFieldReport[] }) {
  return (
    <table className="installer-managed" aria-label="Installer-managed fields">
      <thead>
        <tr>
          <th scope="col" className="col-field">
            Field
          </th>
          <th scope="col" className="col-layer">
            Layer
          </th>
          <th scope="col" className="col-applies">
            Applies
          </th>
          <th scope="col" className="col-customer">
            Customer&apos;s value
          </th>
          <th scope="col" className="col-final">
            Final value
          </th>
          <th scope="col" className="col-note">
            Note
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.path} data-ignored={field.userEditIgnored ? "" : undefined}>
            <th scope="row">
              <WrappedPath path={field.path} />
            </th>
            <td data-label="Layer">{field.layer}</td>
            <td data-label="Applies">{field.applies ? "yes" : `no: only ${field.condition}`}</td>
            <td data-label="Customer's value">
              <ShownValue path={field.path} value={field.userValue} />
            </td>
            <td data-label="Final value">
              <ShownValue path={field.path} value={field.finalValue} />
            </td>
            <td data-label="Note">
              {field.userEditIgnored ? <strong>Customer edit ignored</strong> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
