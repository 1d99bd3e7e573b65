import { describe, expect, it } from "vitest";

import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import type { ApplianceConfig } from "@/lib/schemas/targets/appliance";
import { newLocalUser } from "@/lib/targets/install-defaults";
import { keyPaths, keysOutsideDocs } from "@/test/support/key-paths";
import { SAMPLE_DEX_HASH, validConfig } from "@/test/support/target-config";

import { buildApplianceValues } from "./build-values";
import { INSTALLER_MANAGED_FIELDS } from "./installer-managed";

/** An appliance configuration that customises everything the installer leaves open. */
function everythingSet(): ApplianceConfig {
  const config = validConfig("appliance");
  config.global.domain = "ai.acme.io";
  config.global.metrics = { timeout: "10s", scrapeInterval: "30s", agentType: "prometheus-agent" };
  config.fleet.spokes.push(newSpoke("gpu-east"));
  config.canvas.impersonation = {
    ...config.canvas.impersonation,
    enabled: true,
    dexGroupMap: [{ key: "admin@ai.acme.io", value: "admin" }],
  };
  config.canvas.branding.primaryLogo = "https://cdn.acme.io/logo.png";
  config.identity.localUsers.push({
    ...newLocalUser("ops"),
    email: "ops@acme.io",
    userID: "ops-1",
    isHashImported: true,
    hash: SAMPLE_DEX_HASH,
  });
  return config;
}

/** The managed field a key path falls under, list positions ignored (`spokes[0]` → `spokes[]`). */
function managedFieldOf(path: string, staticUsersDisabled: boolean): string | undefined {
  return INSTALLER_MANAGED_FIELDS.filter(
    (field) => field.condition !== "static-users-disabled" || staticUsersDisabled,
  )
    .map((field) => field.path.replace(/\[\d+\]/g, "[]"))
    .find(
      (managed) =>
        path === managed || path.startsWith(`${managed}.`) || path.startsWith(`${managed}[`),
    );
}

describe("[appliance] buildApplianceValues", () => {
  it.each([false, true])(
    "writes no field of the installer-managed table (static users disabled: %s)",
    (staticUsersDisabled) => {
      const config = everythingSet();
      config.identity.staticUsersDisabled = staticUsersDisabled;
      const managed = keyPaths(buildApplianceValues(config)).filter((path) =>
        managedFieldOf(path, staticUsersDisabled),
      );
      expect(managed).toEqual([]);
    },
  );

  it("writes no key the PaletteAI docs do not name", () => {
    expect(keysOutsideDocs(buildApplianceValues(everythingSet()))).toEqual([]);
  });

  it("writes what the appliance guide leaves to the admin, in its shapes", () => {
    const config = everythingSet();
    expect(buildApplianceValues(config)).toEqual({
      global: {
        metrics: { timeout: "10s", scrapeInterval: "30s", agentType: "prometheus-agent" },
      },
      fleetConfig: {
        spokes: [
          {
            name: "hub-as-spoke",
            klusterlet: { forceInternalEndpointLookup: false },
            kubeconfig: { inCluster: true },
          },
          {
            name: "gpu-east",
            klusterlet: { forceInternalEndpointLookup: false },
            kubeconfig: {
              context: "",
              inCluster: false,
              secretReference: { name: "spoke-kubeconfig-gpu-east", kubeconfigKey: "kubeconfig" },
            },
          },
        ],
      },
      canvas: {
        branding: { primaryLogo: "https://cdn.acme.io/logo.png" },
        impersonationProxy: {
          enabled: true,
          userMode: "passthrough",
          groupsMode: "map",
          userMap: {},
          groupMap: {},
          dexGroupMap: { "admin@ai.acme.io": ["admin"] },
        },
      },
      dex: {
        config: {
          staticPasswords: [
            {
              email: "admin@ai.acme.io",
              hash: SAMPLE_DEX_HASH,
              username: "admin",
              userID: config.identity.localUsers[0]?.userID,
            },
            { email: "ops@acme.io", hash: SAMPLE_DEX_HASH, username: "ops", userID: "ops-1" },
          ],
        },
      },
    });
  });

  it("leaves local users to the installer when Disable Static Dex Users is on", () => {
    const config = everythingSet();
    config.identity.staticUsersDisabled = true;
    expect(buildApplianceValues(config)).not.toHaveProperty("dex");
  });

  it("leaves canvas and dex out when nothing there is customised", () => {
    const config = validConfig("appliance");
    config.identity.localUsers = [];
    expect(Object.keys(buildApplianceValues(config))).toEqual(["global", "fleetConfig"]);
  });
});
