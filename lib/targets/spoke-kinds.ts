/**
 * What each target's guide says about the two kinds of spoke (this hub as a spoke, a dedicated
 * cluster), in its words and with the guide named. The guides differ: the GKE guide renames the
 * hub-as-spoke entry for a dedicated spoke, the appliance guide adds an entry per spoke.
 */

/** The GKE guide's FleetConfig steps, "Hub with dedicated spoke clusters". */
const GKE_GUIDE_DEDICATED =
  'for a hub with dedicated spoke clusters it gives each spoke its kubeconfig Secret and renames the entry from hub-as-spoke to the spoke\'s name, and lists no hub-as-spoke beside dedicated spokes. Choosing "A dedicated cluster" for the hub-as-spoke entry is that rename.';

/** From the GKE guide's FleetConfig section. */
export const GKE_SPOKE_KINDS = `The GKE guide installs this hub as a spoke (hub-as-spoke: "do not edit this name if you are using the default hub-as-spoke mode"); ${GKE_GUIDE_DEDICATED}`;

/** Targets shaped as the GKE guide: their own guides were not available. */
export const GKE_SHAPED_SPOKE_KINDS = `This target's own guide was not available; the installation topics say it uses the hub-as-spoke pattern, and Easel follows the GKE guide, which installs this hub as a spoke (hub-as-spoke) and ${GKE_GUIDE_DEDICATED}`;

/** From the appliance guide's "Fleet Config" section. */
export const APPLIANCE_SPOKE_KINDS =
  "The appliance guide deploys this hub as a spoke by default and, to attach dedicated spoke clusters, adds an entry to fleetConfig.spokes for each spoke, each with a name and a kubeconfig reference: inCluster: true for the hub-as-spoke, a Secret for a remote spoke. Helm replaces lists whole, so a list without the hub-as-spoke entry replaces the chart's, which has it.";
