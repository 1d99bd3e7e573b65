import type { TreePath } from "@/lib/paths/tree-path";
import { type Spoke } from "@/lib/schemas/sections/fleet";
import { isHubAsSpoke, newSpoke } from "@/lib/schemas/sections/fleet-model";
import { isMapping } from "@/lib/tree/tree";

import { readList, type ListAlignment } from "./list-alignment";
import type { ValuesReader } from "./values-reader";

const SPOKES: TreePath = ["fleetConfig", "spokes"];

function readSpoke(values: ValuesReader, at: TreePath, name: string): Spoke {
  // values.yaml names no kind: the name gives it, as it did before kinds were chosen.
  const spoke = newSpoke(name);
  spoke.forceInternalEndpointLookup =
    values.flag([...at, "klusterlet", "forceInternalEndpointLookup"]) ?? false;
  if (isHubAsSpoke(spoke)) return spoke;
  const kubeconfig = [...at, "kubeconfig"];
  const secretName = values.text([...kubeconfig, "secretReference", "name"]) ?? "";
  // The guide's own name reads as derived, so it follows a renamed spoke.
  spoke.kubeconfig.secretName = secretName === `spoke-kubeconfig-${name}` ? "" : secretName;
  spoke.kubeconfig.secretKey =
    values.text([...kubeconfig, "secretReference", "kubeconfigKey"]) ?? spoke.kubeconfig.secretKey;
  spoke.kubeconfig.context = values.text([...kubeconfig, "context"]) ?? "";
  return spoke;
}

/** `fleetConfig.spokes`, each entry with a name; the file's list replaces the form's. */
export function readSpokes(values: ValuesReader, spokes: Spoke[]): ListAlignment | undefined {
  const read = readList(values, SPOKES, (at) => {
    const name = isMapping(values.at(at)) ? values.text([...at, "name"]) : undefined;
    if (name !== undefined) return readSpoke(values, at, name);
    values.skip(
      at,
      "This spoke has no name, so the form leaves it out; Easel keeps it in the file.",
    );
    return undefined;
  });
  if (read) spokes.splice(0, spokes.length, ...read.items);
  return read?.alignment;
}

/** The hub's API server, which spokes register with. */
export function readHubApiServer(values: ValuesReader, fleet: { hubApiServer: string }): void {
  fleet.hubApiServer = values.text(["fleetConfig", "hub", "apiServer"]) ?? fleet.hubApiServer;
}
