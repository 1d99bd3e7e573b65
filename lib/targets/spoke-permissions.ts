/**
 * What a dedicated spoke needs before it joins the hub, per target, named as PaletteAI's docs name
 * it. The docs give neither the manifests nor the pages' addresses, so the form names the page by
 * its title and never shows a manifest or a link of its own.
 */

/** From the GKE guide's prerequisites and its "Hub with dedicated spoke clusters" steps. */
export const GKE_SPOKE_PERMISSIONS =
  "Before it joins, give it the ClusterRoles and ClusterRoleBindings the hub's FleetConfig controller needs on it: follow \"Set Up GKE Spokes\" in PaletteAI's docs.";

/** From the installation topics' "Set Up EKS Environment" entry. */
export const EKS_SPOKE_PERMISSIONS =
  'Before it joins, configure the Kubernetes RBAC rules on it and the AWS resources in its account: follow "Set Up EKS Environment" in PaletteAI\'s docs.';

/** Self-managed targets: the docs name the step only for GKE and EKS. */
export const UNDOCUMENTED_SPOKE_PERMISSIONS =
  'The GKE guide says a dedicated spoke needs extra ClusterRoles and ClusterRoleBindings so the hub\'s FleetConfig controller can bootstrap Open Cluster Management on it ("Set Up GKE Spokes"; "Set Up EKS Environment" for EKS). PaletteAI\'s docs give no such page for this target.';

/** The appliance guide's "Fleet Config" section names no permissions step. */
export const APPLIANCE_SPOKE_PERMISSIONS =
  'The appliance guide\'s "Fleet Config" asks only for its name and kubeconfig Secret and names no permissions step; for GKE spokes, PaletteAI\'s docs give one ("Set Up GKE Spokes").';
