import { describe, expect, it } from "vitest";

import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import { targetConfigSchema } from "@/lib/schemas/targets";
import { validGkeConfig } from "@/test/support/gke-config";
import { validConfig } from "@/test/support/target-config";

import { TARGET_IDS } from "./catalog";
import { TARGET_MODULES, targetModule } from "./modules";
import { switchTarget } from "./switch-target";

function gkeAsEntered() {
  const config = validGkeConfig({ domain: "ai.acme.io", hubApiServer: "https://35.1.2.3" });
  config.canvas.staticIpName = "paletteai-ip";
  config.fleet.spokes.push(newSpoke("gpu-east"));
  config.canvas.impersonation.enabled = true;
  config.global.metrics.agentType = "prometheus-agent";
  return config;
}

describe("switchTarget", () => {
  it.each(TARGET_IDS)("stays the same configuration on %s: its id goes along", (target) => {
    const gke = gkeAsEntered();
    expect(switchTarget(gke, targetModule(target)).config.configurationId).toBe(
      gke.configurationId,
    );
  });

  it("keeps everything another full install shares, and names the GKE-only static IP", () => {
    const gke = gkeAsEntered();
    const { config, dropped } = switchTarget(gke, TARGET_MODULES.eks);
    expect(config.target).toBe("eks");
    expect(config.global).toEqual(gke.global);
    expect(config.fleet).toEqual(gke.fleet);
    expect(config.identity).toEqual(gke.identity);
    expect(config.registry).toEqual(gke.registry);
    expect(config.canvas.sessionSecret).toBe(gke.canvas.sessionSecret);
    expect(config.canvas.impersonation.enabled).toBe(true);
    expect(dropped).toEqual(["Global static IP address name"]);
    expect(targetConfigSchema.safeParse(config).success).toBe(true);
  });

  it("moves to the appliance what the installer leaves open, naming what it manages", () => {
    const gke = gkeAsEntered();
    const { config, dropped } = switchTarget(gke, TARGET_MODULES.appliance);
    expect(config.target).toBe("appliance");
    expect(config.global.domain).toBe("ai.acme.io");
    expect(config.global.metrics.agentType).toBe("prometheus-agent");
    expect(config.fleet.spokes.map((spoke) => spoke.name)).toEqual(["hub-as-spoke", "gpu-east"]);
    expect(config.identity.localUsers).toEqual(gke.identity.localUsers);
    expect(dropped).toEqual([
      "Audit logging credentials",
      "Hub API server",
      "Global static IP address name",
      "Session secret",
      "Dex client secrets",
      "OCI registry",
    ]);
    expect(targetConfigSchema.safeParse(config).success).toBe(true);
  });

  it("names a Prometheus URL and credentials typed for a full install, which the appliance sets", () => {
    const gke = validGkeConfig();
    gke.global.metrics = {
      ...gke.global.metrics,
      prometheusBaseUrl: "https://prom.acme.io:9090",
      username: "prom",
      password: "secret-secret-secret",
    };
    const { dropped } = switchTarget(gke, TARGET_MODULES.appliance);
    expect(dropped).toEqual(
      expect.arrayContaining([
        "Prometheus base URL",
        "Prometheus user name",
        "Prometheus password",
      ]),
    );
  });

  it("keeps the ingress choices between targets that have them", () => {
    const eks = validConfig("eks");
    eks.ingress.className = "alb";
    const { config, dropped } = switchTarget(eks, TARGET_MODULES.kubernetes);
    expect(config.ingress.className).toBe("alb");
    expect(dropped).toEqual([]);
    expect(switchTarget(eks, TARGET_MODULES.gke).dropped).toEqual(["Ingress settings"]);
  });

  it("says nothing of an appliance toggle left off, and names one turned on", () => {
    const appliance = validConfig("appliance");
    expect(switchTarget(appliance, TARGET_MODULES.gke).dropped).toEqual([]);
    appliance.identity.staticUsersDisabled = true;
    expect(switchTarget(appliance, TARGET_MODULES.gke).dropped).toEqual([
      '"Disable Static Dex Users"',
    ]);
  });

  it.each(TARGET_IDS.flatMap((from) => TARGET_IDS.map((to) => [from, to] as const)))(
    "from %s to %s gives a configuration of the new target that still parses",
    (from, to) => {
      const { config } = switchTarget(validConfig(from), targetModule(to));
      expect(config.target).toBe(to);
      const result = targetModule(to).schema.safeParse(config);
      // Only the hub API server, which the appliance does not have, may be missing.
      const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
      const expected = from === "appliance" && to !== "appliance" ? ["fleet.hubApiServer"] : [];
      expect(paths).toEqual(expected);
    },
  );

  it("does not share lists with the configuration it came from", () => {
    const gke = validGkeConfig();
    const { config } = switchTarget(gke, TARGET_MODULES.eks);
    config.fleet.spokes.push(newSpoke("other"));
    expect(gke.fleet.spokes).toHaveLength(1);
  });
});
