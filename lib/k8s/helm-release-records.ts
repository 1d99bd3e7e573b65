import "server-only";

import { ApiException } from "@kubernetes/client-node";

import { RELEASE_NAMESPACE } from "@/lib/chart/constants";

import type { HubConnection } from "./client";
import { readLive } from "./hub-calls";

/**
 * The labels Helm 3 and 4 put on a release's records (`sh.helm.release.v1.mural.v<N>` Secrets),
 * whoever ran Helm: Easel, an admin by hand, or Flux's helm-controller.
 */
const MURAL_RECORDS = "owner=helm,name=mural";

/** The first revision's record: read by name when the hub's user may not list Secrets. */
const FIRST_RECORD = "sh.helm.release.v1.mural.v1";

/**
 * Whether Helm's records of a release `mural` are on the hub. Easel's documented identity may get
 * Secrets but not list them: then the first revision's record is read by name. When the hub will
 * not say at all, Easel takes it that one may exist, so it never makes a second owner of it.
 */
async function hasMuralRecords(connection: HubConnection): Promise<boolean> {
  try {
    const records = await connection.objects.list(
      "v1",
      "Secret",
      RELEASE_NAMESPACE,
      undefined,
      undefined,
      undefined,
      undefined,
      MURAL_RECORDS,
      1,
    );
    return records.items.length > 0;
  } catch (error) {
    if (!(error instanceof ApiException && error.code === 403)) return true;
  }
  try {
    const ref = { kind: "Secret", name: FIRST_RECORD, namespace: RELEASE_NAMESPACE } as const;
    return (await readLive(connection, ref)) !== undefined;
  } catch {
    return true;
  }
}

/**
 * Whether Helm itself owns the `mural` release: its records exist and no Flux HelmRelease
 * `mural` (Easel's, or anyone's) drives it. Flux's helm-controller writes the same records for
 * the releases it installs, so a release with a HelmRelease stays on the Flux path.
 */
export async function isReleasedByHelm(connection: HubConnection): Promise<boolean> {
  try {
    const ref = { kind: "HelmRelease", name: "mural", namespace: RELEASE_NAMESPACE } as const;
    if ((await readLive(connection, ref)) !== undefined) return false;
  } catch {
    // Unreadable: the records decide.
  }
  return hasMuralRecords(connection);
}
