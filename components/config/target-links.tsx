import Link from "next/link";

import { TARGETS, type TargetId } from "@/lib/targets/catalog";

export type TargetLinksProps = {
  current: TargetId;
  /** Called as a link to another target is followed; absent while the form is still loading. */
  onLeave?: () => void;
};

/** The install targets as links, the current one marked. */
export function TargetLinks({ current, onLeave }: TargetLinksProps) {
  return (
    <nav className="target-switcher" aria-label="Install target">
      <span className="target-switcher-label">Install target:</span>
      <ul>
        {TARGETS.map((target) => (
          <li key={target.id}>
            {target.id === current ? (
              <span aria-current="page" className="target-switcher-current">
                {target.shortName}
              </span>
            ) : (
              <Link href={`/targets/${target.id}`} onClick={onLeave}>
                {target.shortName}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <p className="field-hint">Switching keeps everything that still applies on the new target.</p>
    </nav>
  );
}
