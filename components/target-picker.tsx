import Link from "next/link";

import { TARGETS } from "@/lib/targets/catalog";

/** The install targets, each a link to its form. */
export function TargetPicker() {
  return (
    <ul className="target-list" aria-label="Install targets">
      {TARGETS.map((target) => (
        <li key={target.id} className="target-card">
          <h2>
            <Link href={`/targets/${target.id}`}>{target.name}</Link>
          </h2>
          <p>{target.description}</p>
        </li>
      ))}
    </ul>
  );
}
