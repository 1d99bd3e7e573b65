import "server-only";

import { RELEASE_NAMESPACE } from "@/lib/chart/constants";

import type { HubConnection } from "./client";

/**
 * The labels Helm 3 and 4 put on a release's records (`sh.helm.release.v1.mural.v<N>` Secrets),
 * whoever ran Helm: Easel, or an admin by hand.
 */
const MURAL_RECORDS = "owner=helm,name=mural";

/**
 * Whether a Helm release `mural` exists on the hub. When the hub will not say (the user may not
 * list Secrets there), Easel takes it that one may: it never makes a second owner of the release.
 */
export async function hasMuralRelease(connection: HubConnection): Promise<boolean> {
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
  } catch {
    return true;
  }
}
