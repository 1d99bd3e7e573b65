import { describe, expect, it } from "vitest";

import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import { createGkeDefaults } from "@/lib/targets/gke/defaults";
import { validGkeConfig } from "@/test/support/gke-config";
import { issueLines } from "@/test/support/issue-lines";
import { SAMPLE_DEX_HASH } from "@/test/support/target-config";

import { gkeConfigSchema, type GkeConfig } from "./gke";

/** The issues of `config` as "path: message" lines. */
const issuesOf = (config: GkeConfig) => issueLines(gkeConfigSchema, config);

function edited(edit: (config: GkeConfig) => void): GkeConfig {
  const config = validGkeConfig();
  edit(config);
  return config;
}

describe("[GKE] gkeConfigSchema", () => {
  it("accepts the defaults once the domain, hub and hashes are in", () => {
    expect(issuesOf(validGkeConfig())).toEqual([]);
  });

  it("asks for exactly the two fields it cannot default, and the pending hash", () => {
    const paths = issuesOf(createGkeDefaults()).map((line) => line.split(":")[0]);
    expect(paths).toEqual(["global.domain", "fleet.hubApiServer", "identity.localUsers.0.hash"]);
  });

  it.each<[string, (config: GkeConfig) => void, string]>([
    [
      "domain with a scheme",
      (c) => (c.global.domain = "https://example.org"),
      "global.domain: Leave out the scheme",
    ],
    [
      "Prometheus URL with a path",
      (c) => (c.global.metrics.prometheusBaseUrl = "https://p.example.org:9090/api"),
      "global.metrics.prometheusBaseUrl: Remove",
    ],
    [
      "hub API server over http",
      (c) => (c.fleet.hubApiServer = "http://1.2.3.4"),
      "fleet.hubApiServer: Use https://",
    ],
    [
      "empty session secret",
      (c) => (c.canvas.sessionSecret = ""),
      "canvas.sessionSecret: Enter a value",
    ],
    [
      "short client secret",
      (c) => (c.identity.clients.muralSecret = "short"),
      "identity.clients.muralSecret: Use at least 16",
    ],
    [
      "docs placeholder secret",
      (c) => (c.identity.clients.kubernetesSecret = "REPLACE_WITH_A_UNIQUE_STRING"),
      'identity.clients.kubernetesSecret: "REPLACE_WITH_A_UNIQUE_STRING" is a placeholder',
    ],
    [
      "audit user with a colon",
      (c) => (c.global.auditLogging.username = "a:b"),
      "global.auditLogging.username: A user name for Basic authentication cannot contain",
    ],
    [
      "bad duration",
      (c) => (c.global.metrics.timeout = "5 seconds"),
      "global.metrics.timeout: Use a duration",
    ],
    [
      "zero duration",
      (c) => (c.global.metrics.scrapeInterval = "0s"),
      "global.metrics.scrapeInterval: The duration must be longer than zero",
    ],
    [
      "metrics password without user",
      (c) => (c.global.metrics.password = "pw"),
      "global.metrics.username: Enter the user name",
    ],
    [
      "static IP given as an address",
      (c) => (c.canvas.staticIpName = "34.1.2.3"),
      "canvas.staticIpName: Use the address's name",
    ],
    [
      "no local user",
      (c) => (c.identity.localUsers = []),
      "identity.localUsers: Add a local user or a connector",
    ],
    [
      "short password",
      (c) => (c.identity.localUsers[0]!.password = "short"),
      "identity.localUsers.0.password: Use at least 12",
    ],
    [
      "hash Dex would refuse at login",
      (c) => (c.identity.localUsers[0]!.hash = "$2y$05$" + "a".repeat(53)),
      "identity.localUsers.0.hash: Dex accepts bcrypt costs 10 to 16",
    ],
    [
      "not a hash",
      (c) => (c.identity.localUsers[0]!.hash = "password"),
      "identity.localUsers.0.hash: This is not a bcrypt hash",
    ],
    [
      "bad email",
      (c) => (c.identity.localUsers[0]!.email = "admin"),
      "identity.localUsers.0.email: Enter an email",
    ],
    [
      "registry user with a colon",
      (c) => (c.registry.users = [{ username: "a:b", password: "", hash: SAMPLE_DEX_HASH }]),
      "registry.users.0.username: An htpasswd user name cannot contain",
    ],
    [
      "registry user clashing with the guide's",
      (c) => (c.registry.users = [{ username: "admin", password: "", hash: SAMPLE_DEX_HASH }]),
      "registry.users.0.username: admin is one of the guide's default users",
    ],
    [
      "registry endpoint without a scheme",
      (c) => Object.assign(c.registry, { mode: "external", endpoint: "ecr.example.org" }),
      "registry.endpoint: Start the endpoint with oci://",
    ],
    [
      "registry endpoint over https",
      (c) => Object.assign(c.registry, { mode: "external", endpoint: "https://ecr.example.org" }),
      "registry.endpoint: Start the endpoint with oci://, for example oci://ecr.example.org",
    ],
    [
      "empty external endpoint",
      (c) => Object.assign(c.registry, { mode: "external", endpoint: "" }),
      "registry.endpoint: Enter the registry endpoint",
    ],
    [
      "Zot load balancer without :5000",
      (c) =>
        Object.assign(c.registry, { mode: "zot-load-balancer", endpoint: "oci://zot.acme.io" }),
      "registry.endpoint: Zot on its own load balancer terminates TLS itself on port 5000",
    ],
    [
      "impersonation: a local user mapping that is not an email",
      (c) =>
        Object.assign(c.canvas.impersonation, {
          enabled: true,
          dexGroupMap: [{ key: "admin", value: "admin" }],
        }),
      "canvas.impersonation.dexGroupMap.0.key: Enter a local user's email",
    ],
    [
      "impersonation: a mapping to no group",
      (c) =>
        Object.assign(c.canvas.impersonation, {
          enabled: true,
          dexGroupMap: [{ key: "a@b.io", value: " , " }],
        }),
      "canvas.impersonation.dexGroupMap.0.value: Enter what to map to",
    ],
    [
      "impersonation: a group mapped twice",
      (c) =>
        Object.assign(c.canvas.impersonation, {
          enabled: true,
          groupMap: [
            { key: "sre", value: "a" },
            { key: "sre", value: "b" },
          ],
        }),
      "canvas.impersonation.groupMap.1.key: sre is mapped twice",
    ],
    [
      "a password typed differently the second time",
      (c) =>
        Object.assign(c.identity.localUsers[0]!, {
          password: "a-long-password-1",
          passwordConfirmation: "a-long-password-2",
        }),
      "identity.localUsers.0.passwordConfirmation: The two passwords differ",
    ],
    [
      "a pasted hash left empty",
      (c) => Object.assign(c.identity.localUsers[0]!, { isHashImported: true, hash: "" }),
      "identity.localUsers.0.hash: Paste the user's bcrypt hash",
    ],
    [
      "a pasted hash of a cost Dex refuses at login",
      (c) =>
        Object.assign(c.identity.localUsers[0]!, {
          isHashImported: true,
          hash: `$2y$05$${"a".repeat(53)}`,
        }),
      "identity.localUsers.0.hash: Dex accepts bcrypt costs 10 to 16; this hash has cost 5",
    ],
    [
      "a pasted text that is no bcrypt hash",
      (c) => Object.assign(c.identity.localUsers[0]!, { isHashImported: true, hash: "$apr1$abc" }),
      "identity.localUsers.0.hash: This is not a bcrypt hash",
    ],
    [
      "a cost past the selectable ones",
      (c) => (c.identity.localUsers[0]!.cost = 15),
      "identity.localUsers.0.cost:",
    ],
    ["no spoke", (c) => (c.fleet.spokes = []), "fleet.spokes: Add at least one spoke"],
    [
      "spoke name with capitals",
      (c) => c.fleet.spokes.push(newSpoke("GPU")),
      "fleet.spokes.1.name: Use lowercase letters",
    ],
    [
      "spoke name too long",
      (c) => c.fleet.spokes.push(newSpoke("a".repeat(64))),
      "fleet.spokes.1.name: A spoke name has at most 63",
    ],
    [
      "duplicate spoke",
      (c) => c.fleet.spokes.push(newSpoke("hub-as-spoke")),
      "fleet.spokes.1.name: Another spoke is already named hub-as-spoke",
    ],
    [
      "bad kubeconfig Secret name",
      (c) =>
        c.fleet.spokes.push({
          ...newSpoke("east"),
          kubeconfig: { secretName: "Bad_Name", secretKey: "kubeconfig", context: "" },
        }),
      "fleet.spokes.1.kubeconfig.secretName: Use lowercase",
    ],
    [
      "bad kubeconfig key",
      (c) =>
        c.fleet.spokes.push({
          ...newSpoke("east"),
          kubeconfig: { secretName: "", secretKey: "a/b", context: "" },
        }),
      "fleet.spokes.1.kubeconfig.secretKey: A Secret key uses",
    ],
    [
      "no registry user at all",
      (c) => (c.registry.keepGuideUsers = false),
      "registry.users: Add at least one registry user",
    ],
  ])("reports %s at its field", (_name, edit, expected) => {
    expect(issuesOf(edited(edit)).some((line) => line.startsWith(expected))).toBe(true);
  });

  it("reports duplicate emails, derived or typed, without regard to case", () => {
    const config = edited((c) => {
      const first = c.identity.localUsers[0]!;
      c.identity.localUsers.push({
        ...first,
        userID: "other",
        email: "ADMIN@paletteai.example.org",
      });
    });
    expect(issuesOf(config)).toContain(
      "identity.localUsers.1.email: admin@paletteai.example.org is already another user's email; Dex matches emails without regard to case.",
    );
  });

  it("reports duplicate user IDs and registry user names", () => {
    const config = edited((c) => {
      c.identity.localUsers.push({ ...c.identity.localUsers[0]!, username: "second" });
      c.registry.users = [
        { username: "ci", password: "", hash: SAMPLE_DEX_HASH },
        { username: "ci", password: "", hash: SAMPLE_DEX_HASH },
      ];
    });
    const issues = issuesOf(config);
    expect(issues.some((line) => line.startsWith("identity.localUsers.1.userID:"))).toBe(true);
    expect(issues).toContain("registry.users.1.username: ci is listed twice.");
  });

  it("asks for no registry user when an external registry replaces Zot", () => {
    const config = edited((c) => {
      c.registry = {
        mode: "external",
        endpoint: "oci://registry.acme.io",
        keepGuideUsers: false,
        users: [],
      };
    });
    expect(issuesOf(config)).toEqual([]);
  });

  it("ignores the mappings while impersonation is off", () => {
    const config = edited((c) => (c.canvas.impersonation.groupMap = [{ key: "", value: "" }]));
    expect(issuesOf(config)).toEqual([]);
  });

  it("does not pile email errors on top of a wrong domain", () => {
    expect(issuesOf(edited((c) => (c.global.domain = "https://x.org")))).toHaveLength(1);
  });
});
