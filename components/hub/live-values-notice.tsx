"use client";

import { secretsCount, type HubValuesOrigin, type LiveValuesCheck } from "@/lib/hub/results";

/** The configuration a hub's values came from, in words. */
export function originText(origin: HubValuesOrigin): string {
  if (!origin.isOnHub) return "none yet";
  if (origin.isForeign) return "a Secret not made by Easel (Easel does not read it)";
  return origin.configurationId
    ? `configuration ${origin.configurationId}`
    : "a configuration without an id (applied by an older Easel, or by hand)";
}

/**
 * What the plan found of the hub's live values before replacing them: another configuration's,
 * and the live credentials applying would replace, by chart path (the server sent no value).
 */
export function LiveValuesNotice({ check }: { check: LiveValuesCheck }) {
  const { origin, isOtherConfiguration, replacedSecrets } = check;
  if (!isOtherConfiguration && replacedSecrets.length === 0) return null;
  return (
    <div className="hub-notice" role="region" aria-label="Live values on the hub">
      {isOtherConfiguration ? (
        <p>
          The hub&apos;s values came from another configuration: {originText(origin)}. Applying
          replaces them with this one.
        </p>
      ) : null}
      {replacedSecrets.length > 0 ? (
        <>
          <p>
            Applying replaces {secretsCount(replacedSecrets.length)} live on the hub; apply asks you
            to confirm:
          </p>
          <ul className="hub-list" aria-label="Live secrets applying replaces">
            {replacedSecrets.map((secret) => (
              <li key={secret.path}>
                <code>{secret.path}</code>: {secret.change}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
