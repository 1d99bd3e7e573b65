import "server-only";

import type { HelmReleaseName } from "@/lib/hub/helm-release";

import {
  chartRef,
  READ_DEADLINE_MS,
  runInSession,
  sourceArgs,
  type HelmSession,
} from "./helm-session";
import { releaseHistory } from "./release-reads";

/**
 * The manifest `release` would get from the chart at `version` with `valuesText`, hooks included
 * (each marked by its `helm.sh/hook` annotation).
 *
 * Why `helm template` and not `helm upgrade --install --dry-run=server`: the dry run builds every
 * object against the hub's API first, so on a hub without the release `mural`'s custom resources
 * fail until `mural-crds` is installed, which a preview of both charts must not need; and the dry
 * run's flags differ between the majors. `helm template` renders alike in Helm 3 and 4 for a new and an
 * existing release. What differs between the two is told to Helm: an existing release renders as an
 * upgrade (`--is-upgrade`, so `.Release.IsUpgrade` holds) and without the chart's `crds/`, which
 * Helm installs only on a first install (`--include-crds` then); `helm get manifest` leaves them out
 * likewise. Lookups of live objects (`lookup`) render empty, as in any `helm template`.
 */
export async function renderRelease(
  session: HelmSession,
  o: {
    release: HelmReleaseName;
    version: string;
    valuesText?: string;
    /** Whether the release exists, when the caller knows already: else Helm's history is asked. */
    isUpgrade?: boolean;
  },
): Promise<string> {
  const isUpgrade = o.isUpgrade ?? (await releaseHistory(session, o.release)).length > 0;
  return runInSession(
    session,
    [
      "template",
      o.release,
      chartRef(session.source, o.release),
      "--version",
      o.version,
      isUpgrade ? "--is-upgrade" : "--include-crds",
      ...(o.valuesText === undefined ? [] : ["--values", "-"]),
      ...sourceArgs(session.source),
    ],
    {
      stdin: o.valuesText,
      deadlineMs: READ_DEADLINE_MS,
      doing: `render ${o.release} ${o.version}`,
      release: o.release,
    },
  );
}
