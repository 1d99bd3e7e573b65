import { describe, expect, it } from "vitest";

import { CHART_REPOSITORY } from "@/lib/chart/constants";

import { installSectionSchema, type InstallSection } from "./install";
import { HELM_TIMEOUT_MINUTES, newInstallSection, withChartSourceDefaults } from "./install-model";

function messagesOf(change: Partial<InstallSection>): string[] {
  const result = installSectionSchema.safeParse({ ...newInstallSection(), ...change });
  return result.success
    ? []
    : result.error.issues.map(({ path, message }) => `${path.join(".")}: ${message}`);
}

describe("the chart source and Helm's timeout", () => {
  it("default to the GKE guide's registry, with TLS, and ten minutes", () => {
    expect(newInstallSection()).toMatchObject({
      chartRegistry: CHART_REPOSITORY,
      chartPlainHttp: false,
      helmTimeoutMinutes: 10,
    });
    expect(CHART_REPOSITORY).toBe("oci://public.ecr.aws/mural");
    expect(messagesOf({})).toEqual([]);
  });

  it.each([
    "oci://public.ecr.aws/mural",
    "oci://registry.example.org",
    "oci://registry.example.org:5000/mirror/paletteai",
    "oci://127.0.0.1:5055/mural",
    "oci://[::1]:5000/charts",
    "oci://zot.mural-system.svc.cluster.local:5000/mural",
    "oci://registry/mural_charts/v1.0",
  ])("takes %s", (chartRegistry) => {
    expect(messagesOf({ chartRegistry })).toEqual([]);
  });

  it.each([
    ["", "Enter the chart registry, for example oci://registry.example.org:5000/mural."],
    [
      "https://registry.example.org/mural",
      "Start the address with oci://, for example oci://registry.example.org/mural: Helm pulls the charts from an OCI registry.",
    ],
    [
      "registry.example.org/mural",
      "Start the address with oci://, for example oci://registry.example.org/mural: Helm pulls the charts from an OCI registry.",
    ],
    [
      "oci://registry.example.org/mural/",
      "Remove the trailing slash: Easel adds /mural-crds and /mural to the address.",
    ],
    [
      "oci://registry.example.org/mural?tls=false",
      "Remove the ? or # part: a chart registry has no query or fragment.",
    ],
    [
      "oci://registry.example.org/mural#x",
      "Remove the ? or # part: a chart registry has no query or fragment.",
    ],
    ["oci://registry.example.org:0/mural", "Use a port from 1 to 65535 after the host."],
    ["oci://registry.example.org:65536", "Use a port from 1 to 65535 after the host."],
    ["oci://registry.example.org:/mural", "Use a port from 1 to 65535 after the host."],
    ["oci://Registry.Example.org/mural", "Use lowercase letters: registry.example.org."],
    ["oci://registry..example.org", "Remove the empty part between two dots of the host."],
    [
      "oci://-registry.example.org",
      '"-registry" is not a valid part of a host name: use a-z, 0-9 and "-" (not at either end).',
    ],
    ["oci://300.1.1.1/mural", '"300.1.1.1" is not an IP address: each part is 0 to 255.'],
    [
      "oci:///mural",
      "Enter the registry's host after oci://, for example oci://registry.example.org:5000/mural.",
    ],
    ["oci://registry.example.org//mural", "Remove the empty part between two slashes."],
    [
      "oci://registry.example.org/Mural",
      '"Mural" is not a valid repository path part: use a-z and 0-9, joined by ".", "_" or "-".',
    ],
    [
      "oci://registry.example.org/mu%72al",
      '"mu%72al" is not a valid repository path part: use a-z and 0-9, joined by ".", "_" or "-".',
    ],
  ])("refuses %j at the field", (chartRegistry, message) => {
    expect(messagesOf({ chartRegistry })).toEqual([`chartRegistry: ${message}`]);
  });

  it.each([
    "oci://user:pass@registry.example.org/mural",
    "oci://token@registry.example.org",
    "oci://user:p@ss@registry.example.org/mural",
  ])("refuses credentials in %s, sending them to the hub panel instead", (chartRegistry) => {
    expect(messagesOf({ chartRegistry })).toEqual([
      "chartRegistry: Leave the user name and password out of the address: give them as the registry credentials in the hub panel, which are never stored.",
    ]);
  });

  it.each([
    ["a line break", "oci://registry.example.org/mural\nrm -rf /"],
    ["a space", "oci://registry.example.org/mural --insecure-skip-tls-verify"],
    ["a tab", "oci://registry.example.org\t/mural"],
    ["a NUL", "oci://registry.example.org/mural\u0000"],
    ["an escape sequence", "oci://registry.example.org/\u001b[31mmural"],
    ["a right-to-left override", "oci://registry.example.org/\u202elarum"],
    ["a C1 control", "oci://registry.example.org/\u0085mural"],
  ])("refuses %s", (_, chartRegistry) => {
    expect(messagesOf({ chartRegistry })).toEqual([
      "chartRegistry: Remove the spaces and control characters.",
    ]);
  });

  it("refuses a huge address before reading it, and shell or URL syntax", () => {
    expect(messagesOf({ chartRegistry: `oci://${"a".repeat(1_000_000)}` })).toEqual([
      "chartRegistry: A chart registry address has at most 512 characters.",
    ]);
    for (const chartRegistry of [
      "oci://registry.example.org/$(id)",
      "oci://registry.example.org/mural;reboot",
      "oci://registry.example.org/'mural'",
      "oci://registry.example.org/mural`id`",
      "oci://régistry.example.org/mural",
      "oci://[fe80::1%25eth0]/mural",
      "oci://[1]/mural",
    ]) {
      expect(messagesOf({ chartRegistry }), chartRegistry).toHaveLength(1);
    }
    expect(messagesOf({ chartRegistry: "oci://\ud800registry" })).toHaveLength(1);
  });

  it("takes a whole number of minutes from 1 to 120, and says so at the field otherwise", () => {
    for (const helmTimeoutMinutes of [HELM_TIMEOUT_MINUTES.min, 10, HELM_TIMEOUT_MINUTES.max]) {
      expect(messagesOf({ helmTimeoutMinutes })).toEqual([]);
    }
    const message =
      "helmTimeoutMinutes: Enter the minutes Helm waits for each release, a whole number from 1 to 120.";
    for (const helmTimeoutMinutes of [0, -5, 121, 1e9, 2.5, Number.NaN, Infinity]) {
      expect(messagesOf({ helmTimeoutMinutes }), String(helmTimeoutMinutes)).toEqual([message]);
    }
    expect(messagesOf({ helmTimeoutMinutes: "10" as unknown as number })).toEqual([message]);
    expect(messagesOf({ chartPlainHttp: "yes" as unknown as boolean })).toHaveLength(1);
  });
});

describe("a stored configuration from before the chart source was a setting", () => {
  it("gets the defaults, and keeps the settings it has", () => {
    const old = {
      install: { crdsVersion: "0.6.0", muralVersion: "1.0.0", spokeSecretNamespace: "x" },
    };
    withChartSourceDefaults(old);
    expect(old.install).toEqual({
      crdsVersion: "0.6.0",
      muralVersion: "1.0.0",
      spokeSecretNamespace: "x",
      chartRegistry: CHART_REPOSITORY,
      chartPlainHttp: false,
      helmTimeoutMinutes: 10,
    });
    const set = {
      install: { chartRegistry: "oci://m.example/x", chartPlainHttp: true, helmTimeoutMinutes: 30 },
    };
    withChartSourceDefaults(set);
    expect(set.install).toEqual({
      chartRegistry: "oci://m.example/x",
      chartPlainHttp: true,
      helmTimeoutMinutes: 30,
    });
  });

  it("gets the default timeout for one emptied in the form (stored as null)", () => {
    const emptied = { install: { ...newInstallSection(), helmTimeoutMinutes: null } };
    withChartSourceDefaults(emptied);
    expect(emptied.install.helmTimeoutMinutes).toBe(10);
  });

  it("leaves anything not shaped as a configuration as it is", () => {
    for (const config of [undefined, null, 5, [], { install: 5 }, { install: [] }]) {
      const before = structuredClone(config);
      withChartSourceDefaults(config);
      expect(config).toEqual(before);
    }
  });
});
