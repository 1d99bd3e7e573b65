import { describe, expect, it } from "vitest";

import { CONNECTOR_TYPES } from "@/lib/dex/connectors/index";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import type { ConfigOf } from "@/lib/schemas/targets";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { everyField } from "@/test/support/connectors";
import { SAMPLE_DEX_HASH, validConfig } from "@/test/support/target-config";

import { readConfig } from "./read-config";

function roundTrip<T extends TargetId>(config: ConfigOf<T>) {
  const target = TARGET_MODULES[config.target as T];
  const values = structuredClone(target.buildValues(config));
  const reading = readConfig(target, values, target.createDefaults());
  return { values, reading, again: target.buildValues(reading.config) };
}

/** A GKE configuration using nearly every setting the form offers. */
function richGkeConfig(): ConfigOf<"gke"> {
  const config = validConfig("gke");
  config.global.metrics = {
    ...config.global.metrics,
    prometheusBaseUrl: "https://prometheus.acme.io:9090",
    username: "prom",
    password: "prom-password-123",
    agentType: "prometheus-agent",
  };
  const dedicated = newSpoke("edge-1");
  dedicated.kubeconfig = { secretName: "edge-kubeconfig", secretKey: "config", context: "edge" };
  dedicated.forceInternalEndpointLookup = true;
  config.fleet.spokes.push(dedicated, newSpoke("edge-2"));
  config.canvas.staticIpName = "paletteai-ip";
  config.canvas.branding.primaryLogo = "https://acme.io/logo.png";
  config.canvas.impersonation = {
    enabled: true,
    userMode: "passthrough",
    groupsMode: "map",
    userMap: [{ key: "alice@acme.io", value: "alice" }],
    groupMap: [{ key: "admins", value: "system:masters" }],
    dexGroupMap: [{ key: "admin@acme.io", value: "admins, ops" }],
  };
  config.identity.connectors = CONNECTOR_TYPES.map((type) => everyField(type));
  config.identity.connectors[0]!.config.redirectURI = "https://login.acme.io/dex/callback";
  config.identity.localUsers.push({
    ...config.identity.localUsers[0]!,
    email: "ops@acme.io",
    username: "ops",
    userID: "ops-id",
    isHashImported: true,
    hash: SAMPLE_DEX_HASH,
  });
  config.registry = {
    mode: "zot-load-balancer",
    endpoint: "zot.acme.io:5000",
    keepGuideUsers: false,
    users: [{ username: "ci", password: "", hash: SAMPLE_DEX_HASH }],
  };
  return config;
}

describe("readConfig", () => {
  it("keeps the form's configuration id: an import fills this configuration", () => {
    const current = validConfig("gke");
    const file = TARGET_MODULES.gke.buildValues(validConfig("gke"));
    expect(readConfig(TARGET_MODULES.gke, file, current).config.configurationId).toBe(
      current.configurationId,
    );
  });

  it.each(TARGET_IDS)("[%s] reads back every value Easel writes", (target) => {
    const { values, again } = roundTrip(validConfig(target));
    expect(again).toEqual(values);
  });

  it("reads back a GKE configuration using nearly every setting", () => {
    const { values, reading, again } = roundTrip(richGkeConfig());
    expect(again).toEqual(values);
    expect(reading.notes).toEqual([]);
    // Values derived from the domain read as derived, so they follow a change of domain.
    expect(reading.config.identity.connectors[1]?.config.redirectURI).toBeUndefined();
    expect(reading.config.fleet.spokes[2]?.kubeconfig.secretName).toBe("");
  });

  it("gives each spoke of a file the kind its name gives (values.yaml names none)", () => {
    const gke = TARGET_MODULES.gke;
    const values = {
      fleetConfig: {
        spokes: [
          { name: "edge-1", kubeconfig: { inCluster: false } },
          { name: "hub-as-spoke", kubeconfig: { inCluster: true } },
        ],
      },
    };
    const { config } = readConfig(gke, values, gke.createDefaults());
    expect(config.fleet.spokes.map(({ name, kind }) => [name, kind])).toEqual([
      ["edge-1", "dedicated"],
      ["hub-as-spoke", "hub-as-spoke"],
    ]);
  });

  it("reads back an ingress target's choices and an external registry", () => {
    const config = validConfig("eks");
    config.ingress = {
      className: "nginx",
      annotations: [{ key: "acme.io/team", value: "platform" }],
      tls: "secret",
      tlsSecretName: "canvas-tls",
      bundledIngressNginx: "enabled",
      kubernetesProvider: "EKS",
    };
    config.registry = {
      mode: "external",
      endpoint: "123.dkr.ecr.us-east-1.amazonaws.com",
      keepGuideUsers: true,
      users: [],
    };
    const { values, again } = roundTrip(config);
    expect(again).toEqual(values);
  });

  it("starts secrets the file does not hold empty, instead of generating them", () => {
    const gke = TARGET_MODULES.gke;
    const { config } = readConfig(
      gke,
      { global: { dns: { domain: "a.acme.io" } } },
      gke.createDefaults(),
    );
    expect(config.global.domain).toBe("a.acme.io");
    expect(config.canvas.sessionSecret).toBe("");
    expect(config.identity.clients).toEqual({ muralSecret: "", kubernetesSecret: "" });
    expect(config.identity.localUsers).toEqual([]);
  });

  it("notes values of the wrong type at their path and keeps the form's own", () => {
    const gke = TARGET_MODULES.gke;
    const values = {
      global: { dns: { domain: 42 }, metrics: { agentType: "telegraf" } },
      fleetConfig: { spokes: [{ klusterlet: {} }, "edge"] },
      canvas: { impersonationProxy: { enabled: "true," } },
      dex: { config: { connectors: "none", staticPasswords: [{ email: "a@acme.io" }] } },
    };
    const { config, notes } = readConfig(gke, values, gke.createDefaults());
    expect(config.global.domain).toBe("");
    expect(config.fleet.spokes).toEqual([]);
    expect(config.canvas.impersonation.enabled).toBe(false);
    expect(notes.map((note) => note.path.join("."))).toEqual([
      "global.dns.domain",
      "global.metrics.agentType",
      "canvas.impersonationProxy.enabled",
      "fleetConfig.spokes.0",
      "fleetConfig.spokes.1",
      "dex.config.connectors",
      "dex.config.staticPasswords.0",
    ]);
  });

  it("leaves connectors of types it does not configure in the file, aligned by index", () => {
    const gke = TARGET_MODULES.gke;
    const connectors = [
      { type: "keystone", id: "ks", name: "Keystone", config: { host: "https://ks.acme.io" } },
      { type: "github", id: "gh", name: "GitHub", config: { clientID: "id", clientSecret: "s" } },
    ];
    const reading = readConfig(gke, { dex: { config: { connectors } } }, gke.createDefaults());
    expect(reading.config.identity.connectors.map((connector) => connector.id)).toEqual(["gh"]);
    expect(reading.alignments).toContainEqual({
      path: ["dex", "config", "connectors"],
      indexes: [1],
      length: 2,
    });
    expect(reading.notes[0]?.message).toMatch(/does not configure "keystone"/);
  });

  // connector/ldap/ldap.go (Open): with no userMatchers, Dex matches by groupSearch's own keys.
  it("takes an LDAP group search's older userAttr and groupAttr into the form's matcher", () => {
    const gke = TARGET_MODULES.gke;
    const groupSearch = {
      baseDN: "ou=groups",
      nameAttr: "cn",
      userAttr: "DN",
      groupAttr: "member",
    };
    const connectors = [{ type: "ldap", id: "ldap", name: "LDAP", config: { groupSearch } }];
    const reading = readConfig(gke, { dex: { config: { connectors } } }, gke.createDefaults());
    expect(reading.config.identity.connectors[0]?.config.groupSearch).toMatchObject({
      userMatchers: { 0: { userAttr: "DN", groupAttr: "member" } },
    });
  });
});
