"use client";

import { fluxText } from "@/lib/hub/flux-apis";
import { describeRef } from "@/lib/hub/object-ref";
import type { AccessCheck, HubValuesOrigin } from "@/lib/hub/results";
import { isOtherConfiguration } from "@/lib/hub/values-origin";
import type { HubPreflight } from "@/lib/hub/write-boundary";

import { originText } from "./live-values-notice";
import { WriteBoundaryFacts } from "./write-boundary-facts";

export type PreflightPanelProps = {
  preflight?: HubPreflight;
  /** The form's configuration id, which the hub's values are compared with. */
  configurationId: string;
  error?: Error | null;
  isFetching: boolean;
  onRefresh: () => void;
};

function deniedVerbs(check: AccessCheck): string[] {
  return check.verbs.filter((verb) => !verb.isAllowed).map((verb) => verb.verb);
}

function AccessSummary({ access }: { access: readonly AccessCheck[] }) {
  const denied = access.filter((check) => deniedVerbs(check).length > 0);
  // None when the form makes no plan yet, or every object lies where this server may not write.
  if (access.length === 0) return <>No object to check.</>;
  if (denied.length === 0) {
    return <>Easel may apply all {access.length} objects (get, create and patch on each).</>;
  }
  return (
    <>
      <span className="hub-bad">
        Easel may not apply {denied.length} of {access.length} objects:
      </span>
      <ul className="hub-list">
        {denied.map((check) => (
          <li key={describeRef(check.ref)}>
            {describeRef(check.ref)}: may not {deniedVerbs(check).join(", ")}
          </li>
        ))}
      </ul>
    </>
  );
}

function ValuesOrigin({
  origin,
  configurationId,
}: {
  origin: HubValuesOrigin;
  configurationId: string;
}) {
  if (!origin.isOnHub) return <>None yet: Easel has not applied values to this hub.</>;
  if (origin.isForeign) {
    return (
      <span className="hub-warn">
        A Secret of that name exists and was not made by Easel: Easel does not read it. Plan to
        adopt it.
      </span>
    );
  }
  if (!isOtherConfiguration(origin, configurationId)) return <>From this configuration.</>;
  return <span className="hub-warn">From another configuration: {originText(origin)}.</span>;
}

function PreflightFacts({
  preflight,
  configurationId,
}: {
  preflight: HubPreflight;
  configurationId: string;
}) {
  const { version, identity, flux } = preflight;
  return (
    <dl className="hub-facts">
      <dt>API server</dt>
      <dd>
        {preflight.server} (context {preflight.context}):{" "}
        {preflight.isReachable ? (
          <span className="hub-good">reachable</span>
        ) : (
          <span className="hub-bad">not reachable</span>
        )}
      </dd>
      {preflight.error ? (
        <>
          <dt>Problem</dt>
          <dd className="hub-bad">{preflight.error.message}</dd>
        </>
      ) : null}
      {version ? (
        <>
          <dt>Kubernetes version</dt>
          <dd>
            {version.gitVersion}
            {version.isSupported ? null : (
              <span className="hub-warn">
                {" "}
                — PaletteAI needs a hub on Kubernetes 1.32 or newer.
              </span>
            )}
          </dd>
        </>
      ) : null}
      {identity ? (
        <>
          <dt>Easel acts as</dt>
          <dd>
            {identity.username || "an anonymous user"}
            {identity.isFromKubeconfig
              ? " (the kubeconfig's user name: this hub is too old to say who is calling)"
              : identity.groups.length > 0
                ? ` (groups: ${identity.groups.join(", ")})`
                : null}
          </dd>
        </>
      ) : null}
      {preflight.isReachable && !preflight.error ? (
        <>
          <dt>Flux</dt>
          <dd>{fluxText(flux)}</dd>
          <dt>Access</dt>
          <dd>
            <AccessSummary access={preflight.access} />
          </dd>
          {preflight.values ? (
            <>
              <dt>Values on the hub</dt>
              <dd>
                <ValuesOrigin origin={preflight.values} configurationId={configurationId} />
              </dd>
            </>
          ) : null}
        </>
      ) : null}
      <dt>Helm on the Easel server</dt>
      <dd>
        {preflight.helm.isAvailable ? (
          <>
            Helm {preflight.helm.version} ({preflight.helm.path})
          </>
        ) : (
          <span className="hub-warn">{preflight.helm.problem}</span>
        )}
      </dd>
      <WriteBoundaryFacts report={preflight.writeBoundary} />
    </dl>
  );
}

/** What Easel found on the hub before sending anything, refreshed in the background. */
export function PreflightPanel({
  preflight,
  configurationId,
  error,
  isFetching,
  onRefresh,
}: PreflightPanelProps) {
  return (
    <section className="hub-block" aria-labelledby="preflight-title" aria-busy={isFetching}>
      <div className="hub-block-head">
        <h3 id="preflight-title">Preflight</h3>
        <button type="button" className="button-small" onClick={onRefresh} disabled={isFetching}>
          {isFetching ? "Checking…" : "Check again"}
        </button>
      </div>
      {error ? (
        <p className="hub-bad" role="alert">
          {error.message}
        </p>
      ) : preflight ? (
        <PreflightFacts preflight={preflight} configurationId={configurationId} />
      ) : (
        <p>Checking the hub…</p>
      )}
    </section>
  );
}
