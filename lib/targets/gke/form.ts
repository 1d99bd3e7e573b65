import { GKE_SPOKE_KINDS } from "@/lib/targets/spoke-kinds";
import { GKE_SPOKE_PERMISSIONS } from "@/lib/targets/spoke-permissions";
import { FULL_INSTALL_FIELD_GROUPS, type TargetForm } from "@/lib/targets/target-module";

import { createGkeDefaults } from "./defaults";

/** GKE, exactly as PaletteAI's GKE install guide sets it up. */
export const gkeForm: TargetForm<"gke"> = {
  id: "gke",
  createDefaults: createGkeDefaults,
  installsCharts: true,
  fieldGroups: new Set([...FULL_INSTALL_FIELD_GROUPS, "gkeStaticIp"]),
  copy: {
    formLabel: "GKE configuration",
    lead: "Enter your domain and hub API server; everything else has a working default you can change.",
    canvas:
      "The PaletteAI UI. One GKE Ingress (class gce) serves it on /ai and Dex on /dex; TLS ends at the load balancer.",
    hubApiServer: {
      hint: "The server URL in the hub's kubeconfig, for example from: gcloud container clusters describe <cluster> --format='value(endpoint)'.",
      placeholder: "https://34.118.0.10",
    },
    spokePermissions: GKE_SPOKE_PERMISSIONS,
    spokeKinds: GKE_SPOKE_KINDS,
  },
};
