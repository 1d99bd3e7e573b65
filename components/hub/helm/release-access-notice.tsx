"use client";

import type { ReleaseAccess } from "@/lib/hub/helm-install";
import { describeRendered } from "@/lib/hub/rendered-objects";

/**
 * What the hub's user may not do that a release's install needs, per release; and the objects
 * of a kind the CRDs chart adds, which are checked once that kind exists.
 */
export function ReleaseAccessNotice({ access }: { access: readonly ReleaseAccess[] }) {
  const refused = access.filter((release) => release.refused.length > 0);
  const unchecked = access.filter((release) => release.unchecked.length > 0);
  if (refused.length === 0 && unchecked.length === 0) return null;
  return (
    <div className="hub-notice">
      {refused.map((release) => (
        <div key={release.release}>
          <p className="hub-bad">The hub&apos;s user may not install {release.release}:</p>
          <ul className="hub-list" aria-label={`Refused for ${release.release}`}>
            {release.refused.map((item) => (
              <li key={describeRendered(item.ref)}>
                {describeRendered(item.ref)}: may not {item.verbs.join(", ")}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {unchecked.map((release) => (
        <p key={release.release}>
          Checked once mural-crds has added their kind, before {release.release} is installed:{" "}
          {release.unchecked.map(describeRendered).join(", ")}.
        </p>
      ))}
    </div>
  );
}
