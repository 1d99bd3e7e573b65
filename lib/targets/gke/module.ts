import { gkeConfigSchema } from "@/lib/schemas/targets/gke";
import { installFileHeader } from "@/lib/targets/install-header";
import { GKE_SPOKE_KINDS } from "@/lib/targets/spoke-kinds";
import { GKE_SPOKE_PERMISSIONS } from "@/lib/targets/spoke-permissions";
import { FULL_INSTALL_FIELD_GROUPS, type TargetModule } from "@/lib/targets/target-module";

import { buildGkeValues } from "./build-values";
import { createGkeDefaults } from "./defaults";
import { GKE_DOWNLOADS } from "./downloads";
import { readGkeValues } from "./read-values";

/** GKE, exactly as PaletteAI's GKE install guide sets it up. */
export const gkeModule: TargetModule<"gke"> = {
  id: "gke",
  schema: gkeConfigSchema,
  createDefaults: createGkeDefaults,
  buildValues: buildGkeValues,
  fileHeader: (config, generatedAt) => installFileHeader("gke", config.install, generatedAt),
  readValues: readGkeValues,
  importWarnings: () => [],
  installsCharts: true,
  downloads: GKE_DOWNLOADS,
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
