import { describe, expect, it } from "vitest";

import { isConfigurationId } from "@/lib/schemas/sections/configuration-id";
import { TARGET_IDS } from "@/lib/targets/catalog";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { renderValuesFile } from "@/lib/targets/values-file";
import { validConfig } from "@/test/support/target-config";

import { PROFILE_FORMAT, profileProblems, readProfile, renderProfile } from "./profile";

function configOf(text: string) {
  const reading = readProfile(text);
  if ("problems" in reading) throw new Error(JSON.stringify(reading.problems));
  return reading.config;
}

describe("profiles", () => {
  it.each(TARGET_IDS)(
    "[%s] a profile with secrets reads back as the same configuration",
    (target) => {
      const config = validConfig(target);
      const text = renderProfile(config, { includeSecrets: true });
      expect(text.startsWith("# Easel profile for PaletteAI")).toBe(true);
      expect(configOf(text)).toEqual(config);
      expect(profileProblems(configOf(text))).toEqual([]);
    },
  );

  it("keeps the configuration's id, with or without secrets, and never puts it in values.yaml", () => {
    const config = validConfig("gke");
    const text = renderProfile(config, { includeSecrets: false });
    expect(text).toContain(`configurationId: ${config.configurationId}`);
    expect(configOf(text).configurationId).toBe(config.configurationId);
    expect(renderValuesFile(TARGET_MODULES.gke, config, new Date())).not.toContain(
      config.configurationId,
    );
  });

  it.each(TARGET_IDS)(
    "[%s] a profile without an id still loads, as a new configuration",
    (target) => {
      const first = configOf(`easel: ${PROFILE_FORMAT}\nconfig:\n  target: ${target}\n`);
      const second = configOf(`easel: ${PROFILE_FORMAT}\nconfig:\n  target: ${target}\n`);
      expect(isConfigurationId(first.configurationId)).toBe(true);
      expect(first.configurationId).not.toBe(second.configurationId);
      expect(profileProblems(first).map((problem) => problem.path)).not.toContain(
        "configurationId",
      );
    },
  );

  it("leaves secrets out unless asked, and the form's checks name each missing one", () => {
    const config = validConfig("gke");
    const text = renderProfile(config, { includeSecrets: false });
    expect(text).not.toContain(config.canvas.sessionSecret);
    expect(profileProblems(configOf(text)).map((problem) => problem.path)).toEqual(
      expect.arrayContaining([
        "global.auditLogging.password",
        "canvas.sessionSecret",
        "identity.clients.muralSecret",
        "identity.clients.kubernetesSecret",
      ]),
    );
  });

  it("fills what a short profile leaves out from the target's defaults, inventing no secret", () => {
    const text = [
      `easel: ${PROFILE_FORMAT}`,
      "config:",
      "  target: eks",
      "  global: { domain: ai.acme.io }",
      "  fleet:",
      "    hubApiServer: https://10.0.0.1",
      "    spokes: [{ name: hub-as-spoke }]",
      "  identity:",
      "    localUsers: [{ username: admin, userID: a1, password: correct-horse-battery }]",
    ].join("\n");
    const config = configOf(text);
    expect(config.target).toBe("eks");
    expect(config.global.metrics.timeout).toBe("5s");
    expect("sessionSecret" in config.canvas && config.canvas.sessionSecret).toBe("");
    expect(config.identity.localUsers[0]).toMatchObject({
      passwordConfirmation: "correct-horse-battery",
      cost: 12,
      hash: "",
    });
    expect(config.fleet.spokes[0]?.kubeconfig.secretKey).toBe("kubeconfig");
  });

  it("stores the chart source and Helm's timeout, and a profile without them gets the defaults", () => {
    const config = validConfig("gke");
    config.install.chartRegistry = "oci://registry.example.org:5000/mural";
    config.install.chartPlainHttp = true;
    config.install.helmTimeoutMinutes = 30;
    const text = renderProfile(config, { includeSecrets: false });
    expect(text).toContain("chartRegistry: oci://registry.example.org:5000/mural");
    expect(configOf(text).install).toEqual(config.install);
    const old = [
      `easel: ${PROFILE_FORMAT}`,
      "config:",
      "  target: kubernetes",
      "  install: { crdsVersion: 0.6.1, muralVersion: 1.0.2 }",
    ].join("\n");
    expect(configOf(old).install).toMatchObject({
      chartRegistry: "oci://public.ecr.aws/mural",
      chartPlainHttp: false,
      crdsVersion: "0.6.1",
      muralVersion: "1.0.2",
      helmTimeoutMinutes: 10,
    });
  });

  it("names a bad chart source at its field", () => {
    const config = validConfig("gke");
    config.install.chartRegistry = "oci://admin:hunter2@registry.example.org/mural";
    config.install.helmTimeoutMinutes = 600;
    const read = readProfile(renderProfile(config, { includeSecrets: true }));
    expect("config" in read && profileProblems(read.config).map(({ path }) => path)).toEqual([
      "install.chartRegistry",
      "install.helmTimeoutMinutes",
    ]);
  });

  it("reads a spoke's kind from its name when the profile gives none, and keeps one it gives", () => {
    const text = [
      `easel: ${PROFILE_FORMAT}`,
      "config:",
      "  target: gke",
      "  fleet:",
      "    spokes:",
      "      - { name: hub-as-spoke }",
      "      - { name: gpu-east }",
      "      - { name: gpu-west, kind: hub-as-spoke }",
    ].join("\n");
    expect(configOf(text).fleet.spokes.map(({ name, kind }) => [name, kind])).toEqual([
      ["hub-as-spoke", "hub-as-spoke"],
      ["gpu-east", "dedicated"],
      ["gpu-west", "hub-as-spoke"],
    ]);
  });

  it.each([
    ["YAML that does not parse", "easel: [", /not valid YAML \(line 1/],
    ["a values file", "global:\n  dns:\n    domain: a.b\n", /not an Easel profile/],
    [
      "an unknown target",
      `easel: ${PROFILE_FORMAT}\nconfig:\n  target: azure\n`,
      /one of gke, eks/,
    ],
    [
      "a broken character written as an escape",
      `easel: ${PROFILE_FORMAT}\nconfig:\n  target: gke\n  global:\n    domain: "a\\ud800.example.org"\n`,
      /broken character \(half of a character pair\) at line 5/,
    ],
    [
      "a broken character in a key",
      `easel: ${PROFILE_FORMAT}\nconfig:\n  target: gke\n  "x\\udc00": 1\n`,
      /broken character .* at line 4/,
    ],
  ])("refuses %s with a clear reason", (_, text, message) => {
    const reading = readProfile(text);
    expect("problems" in reading && reading.problems[0]?.message).toMatch(message);
  });
});
