import { describe, expect, it } from "vitest";

import { isConfigurationId } from "@/lib/schemas/sections/configuration-id";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import { SECRET_MASK } from "@/lib/secrets/secret-mask";
import { buildGkeValues } from "@/lib/targets/gke/build-values";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { validConfig } from "@/test/support/target-config";

import { restoreDraft } from "./draft";
import { DRAFT_MAX_CHARS, serializeDraft } from "./stored-draft";

const SAVED_AT = new Date("2026-11-21T10:00:00Z");

describe("drafts", () => {
  it("stores no secret: every secret field is empty in the stored text", () => {
    const config = validConfig("gke");
    config.identity.localUsers[0]!.password = "typed-password-1";
    config.identity.localUsers[0]!.passwordConfirmation = "typed-password-1";
    config.integrations.palette.apiKey = "palette-api-key-value";
    const secrets = [
      config.canvas.sessionSecret,
      config.global.auditLogging.password,
      config.identity.clients.muralSecret,
      config.identity.clients.kubernetesSecret,
      "typed-password-1",
      "palette-api-key-value",
    ];
    const stored = serializeDraft(config, SAVED_AT);
    for (const secret of secrets) expect(stored).not.toContain(secret);
    expect(stored).toContain(config.global.domain);
    expect(stored).toContain(config.identity.localUsers[0]!.hash);
  });

  it("restores the draft, with the secrets Easel invents generated afresh", () => {
    const config = validConfig("gke", { domain: "draft.acme.io" });
    const restored = restoreDraft(TARGET_MODULES.gke, serializeDraft(config, SAVED_AT));
    expect(restored?.savedAt).toEqual(SAVED_AT);
    expect(restored?.config.global.domain).toBe("draft.acme.io");
    expect(restored?.config.canvas.sessionSecret).toMatch(/^.{16,}$/);
    expect(restored?.config.canvas.sessionSecret).not.toBe(config.canvas.sessionSecret);
    expect(restored?.config.canvas.sessionSecret).not.toBe(SECRET_MASK);
    expect(restored?.config.global.metrics.password).toBe("");
    expect(TARGET_MODULES.gke.schema.safeParse(restored?.config).success).toBe(true);
  });

  it("keeps the configuration's id with the draft (it is not a secret)", () => {
    const config = validConfig("eks");
    const stored = serializeDraft(config, SAVED_AT);
    expect(stored).toContain(config.configurationId);
    const restored = restoreDraft(TARGET_MODULES.eks, stored);
    expect(restored?.config.configurationId).toBe(config.configurationId);
  });

  it.each([
    ["saved before configurations had one", undefined],
    ["edited beyond use", "not-a-uuid"],
  ])("restores a draft whose id is missing (%s) as a configuration with a new id", (_, id) => {
    const config: Record<string, unknown> = { ...validConfig("gke", { domain: "old.acme.io" }) };
    if (id === undefined) delete config.configurationId;
    else config.configurationId = id;
    const restored = restoreDraft(TARGET_MODULES.gke, serializeDraft(config, SAVED_AT));
    expect(restored?.config.global.domain).toBe("old.acme.io");
    expect(isConfigurationId(restored?.config.configurationId)).toBe(true);
    expect(TARGET_MODULES.gke.schema.safeParse(restored?.config).success).toBe(true);
  });

  it("restores a draft saved before spokes had a kind, each spoke of the kind its name gave it", () => {
    const config = validConfig("gke");
    config.fleet.spokes.push(newSpoke("gpu-east"));
    const stored = JSON.parse(serializeDraft(config, SAVED_AT)) as {
      config: { fleet: { spokes: Record<string, unknown>[] } };
    };
    for (const spoke of stored.config.fleet.spokes) delete spoke.kind;
    const restored = restoreDraft(TARGET_MODULES.gke, JSON.stringify(stored));
    expect(restored?.config.fleet.spokes.map(({ name, kind }) => [name, kind])).toEqual([
      ["hub-as-spoke", "hub-as-spoke"],
      ["gpu-east", "dedicated"],
    ]);
    expect(TARGET_MODULES.gke.schema.safeParse(restored?.config).success).toBe(true);
    // Nothing is lost: the same spokes in values.yaml as before (secrets are generated afresh).
    expect(buildGkeValues(restored!.config).fleetConfig).toEqual(
      buildGkeValues(config).fleetConfig,
    );
  });

  it("restores a draft saved before the chart source was a setting, with the guide's registry", () => {
    const config = validConfig("eks");
    config.install.muralVersion = "1.0.1";
    const stored = JSON.parse(serializeDraft(config, SAVED_AT)) as {
      config: { install: Record<string, unknown> };
    };
    delete stored.config.install.chartRegistry;
    delete stored.config.install.chartPlainHttp;
    delete stored.config.install.helmTimeoutMinutes;
    const restored = restoreDraft(TARGET_MODULES.eks, JSON.stringify(stored));
    expect(restored?.config.install).toEqual({
      ...config.install,
      chartRegistry: "oci://public.ecr.aws/mural",
      chartPlainHttp: false,
      helmTimeoutMinutes: 10,
    });
    expect(TARGET_MODULES.eks.schema.safeParse(restored?.config).success).toBe(true);
  });

  it("keeps a mirror's chart source, and a timeout emptied in the form comes back as the default", () => {
    const config = validConfig("gke");
    config.install.chartRegistry = "oci://10.0.0.12:5000/mural";
    config.install.chartPlainHttp = true;
    config.install.helmTimeoutMinutes = Number.NaN;
    const restored = restoreDraft(TARGET_MODULES.gke, serializeDraft(config, SAVED_AT));
    expect(restored?.config.install).toMatchObject({
      chartRegistry: "oci://10.0.0.12:5000/mural",
      chartPlainHttp: true,
      helmTimeoutMinutes: 10,
    });
  });

  it("keeps an incomplete draft: the form shows what is missing", () => {
    const config = validConfig("appliance");
    config.fleet.spokes = [];
    expect(restoreDraft(TARGET_MODULES.appliance, serializeDraft(config, SAVED_AT))).toBeDefined();
  });

  it.each([
    ["nothing stored", null],
    ["not JSON", "{"],
    ["no date", JSON.stringify({ config: {} })],
    ["another shape", JSON.stringify({ savedAt: SAVED_AT, config: { target: "gke", global: 5 } })],
    ["another target", serializeDraft(validConfig("eks"), SAVED_AT)],
    [
      "too large",
      `{"savedAt":"${SAVED_AT.toISOString()}","config":"${"x".repeat(DRAFT_MAX_CHARS)}"}`,
    ],
  ])("drops a draft that cannot be used: %s", (_, text) => {
    expect(restoreDraft(TARGET_MODULES.gke, text)).toBeUndefined();
  });
});
