import Link from "next/link";

import { TARGETS } from "@/lib/targets/registry";

/** The install targets, each a link to its form or marked as coming. */
export function TargetPicker() {
  return (
    <ul className="target-list" aria-label="Install targets">
      {TARGETS.map((target) => (
        <li
          key={target.id}
          className="target-card"
          data-available={target.isAvailable ? "" : undefined}
        >
          <h2>
            {target.isAvailable ? (
              <Link href={`/targets/${target.id}`}>{target.name}</Link>
            ) : (
              <>
                {target.name} <span className="field-tag">coming</span>
              </>
            )}
          </h2>
          <p>{target.description}</p>
        </li>
      ))}
    </ul>
  );
}
