import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { importValues, renderOverImported } from "@/lib/import/import-values";
import type { GkeConfig } from "@/lib/schemas/targets/gke";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { everySecretFile, FILE_COMMENT, UNKNOWN_TOKEN } from "@/test/support/secret-file";
import { SAMPLE_DEX_HASH } from "@/test/support/target-config";

import { restoreDraft, storedFileOf, type RestoredDraft } from "./draft";
import { missingFileSecrets } from "./missing-secrets";
import { reopenFile } from "./reopen-file";
import { DRAFT_MAX_CHARS, draftToStore, serializeDraft, type StoredFile } from "./stored-draft";

const gke = TARGET_MODULES.gke;
const SAVED_AT = new Date("2026-11-21T10:00:00Z");
const ZOT_HASH = "$2y$05$vmiurPmJvHylk78HHFWuruFFVePlit9rZWGA/FbZfTEmNRneGJtha";

/** The file imported into a fresh form, as the page does. */
function importFile(text: string) {
  const reading = importValues(gke, "values.yaml", text, gke.createDefaults());
  if ("problem" in reading) throw new Error(reading.problem);
  return reading;
}

/** What the draft of the form `config` editing `text` stores: the page's autosave, in short. */
function storedDraft(text: string, config: GkeConfig): string {
  const { imported } = importFile(text);
  return serializeDraft(config, SAVED_AT, storedFileOf(gke, imported));
}

/** The draft of `text` imported and then edited (a new cluster name), restored after a reload. */
function editedAndRestored(text: string) {
  const { config } = importFile(text);
  config.canvas.staticIpName = "acme-edited-ip";
  const stored = storedDraft(text, config);
  const restored = restoreDraft(gke, stored) as RestoredDraft<"gke">;
  expect(restored.file).toBeDefined();
  return { stored, restored, file: restored.file! };
}

describe("a draft with an imported file", () => {
  it("stores none of the file's secrets, and keeps its bcrypt hashes and comments", () => {
    const { text, secrets } = everySecretFile();
    for (const secret of secrets) expect(text).toContain(secret);
    const { stored } = editedAndRestored(text);
    for (const secret of secrets) expect(stored).not.toContain(secret);
    const file = (JSON.parse(stored) as { file: StoredFile }).file;
    const values = parse(file.text) as {
      dex: { config: { connectors: { config: { clientSecret?: string } }[] } };
    };
    // "secret" is too short to find as text: its place in the file (and its key name) finds it.
    expect(values.dex.config.connectors[1]?.config.clientSecret).toBe("");
    expect(file.text).toContain(FILE_COMMENT);
    expect(file.text).toContain("# The team's Keystone, which Easel does not configure");
    expect(file.text).toContain(SAMPLE_DEX_HASH);
    expect(file.text).toContain(ZOT_HASH);
    expect(file.emptied).toEqual(
      expect.arrayContaining([
        "global.auditLogging.basicAuth.password",
        "canvas.oidc.sessionSecret",
        "dex.config.connectors[1].config.clientSecret",
        "dex.config.connectors[2].config.bindPW",
        "acme.apiToken",
        "alertmanager.livenessProbe.httpGet.httpHeaders[0].value",
      ]),
    );
  });

  it("rebuilds the import: the export keeps the file's comments, unknown keys and the edit", () => {
    const { text } = everySecretFile();
    const { restored, file } = editedAndRestored(text);
    const exported = renderOverImported(file.imported, gke.buildValues(restored.config));
    expect(exported).toContain(FILE_COMMENT);
    expect(exported).toContain("region: eu-west-1");
    expect(exported).toContain("id: keystone");
    expect(exported).toContain("acme-edited-ip");
    expect(file.imported.domain).toBe("paletteai.example.org");
  });

  it("generates none of the file's secrets afresh: they stay empty until given", () => {
    const { text } = everySecretFile();
    const { restored } = editedAndRestored(text);
    expect(restored.config.canvas.sessionSecret).toBe("");
    expect(restored.config.identity.clients.muralSecret).toBe("");
    expect(restored.config.identity.clients.kubernetesSecret).toBe("");
    expect(restored.config.global.auditLogging.password).toBe("");
  });

  it("takes the secrets back from the same file re-opened, keeping the admin's edits", () => {
    const { text, config: original } = everySecretFile();
    const { restored, file } = editedAndRestored(text);
    restored.config.identity.clients.muralSecret = "typed-after-reload-0123";
    const reopened = reopenFile(gke, file.stored, "values.yaml", text, restored.config);
    if ("problem" in reopened) throw new Error(reopened.problem);
    expect(Object.fromEntries(reopened.secrets.map(({ name, value }) => [name, value]))).toEqual({
      "global.auditLogging.password": original.global.auditLogging.password,
      "global.metrics.password": "metrics-password-value",
      "canvas.sessionSecret": original.canvas.sessionSecret,
      "identity.clients.kubernetesSecret": original.identity.clients.kubernetesSecret,
      "identity.connectors.0.config.clientSecret": "secret",
      "identity.connectors.1.config.bindPW": "ldap-bind-password-value",
    });
    expect(reopened.imported.text).toBe(text);
    const config = structuredClone(restored.config);
    for (const { name, value } of reopened.secrets) {
      const [section, ...rest] = name.split(".");
      let node = config[section as keyof GkeConfig] as Record<string, unknown>;
      for (const key of rest.slice(0, -1)) node = node[key] as Record<string, unknown>;
      node[rest[rest.length - 1]!] = value;
    }
    const exported = renderOverImported(reopened.imported, gke.buildValues(config));
    expect(exported).toContain(UNKNOWN_TOKEN);
    expect(exported).toContain(original.canvas.sessionSecret);
    expect(exported).toContain("typed-after-reload-0123");
    expect(exported).toContain("acme-edited-ip");
  });

  it("refuses a different file and changes nothing", () => {
    const { text } = everySecretFile();
    const { restored, file } = editedAndRestored(text);
    const other = text.replace("region: eu-west-1", "region: us-east-2");
    const reopened = reopenFile(gke, file.stored, "values.yaml", other, restored.config);
    expect(reopened).toEqual({ problem: expect.stringMatching(/different file/) });
  });

  it("takes a file with other secret values as the same file (only secrets differ)", () => {
    const { text, config } = everySecretFile();
    const { restored, file } = editedAndRestored(text);
    const rotated = text.replaceAll(config.canvas.sessionSecret, "rotated-session-secret-value");
    const reopened = reopenFile(gke, file.stored, "values.yaml", rotated, restored.config);
    expect("problem" in reopened).toBe(false);
  });

  it("lists each secret of the file still missing, until the form gives it", () => {
    const { text } = everySecretFile();
    const { restored, file } = editedAndRestored(text);
    const before = missingFileSecrets(file, gke.buildValues(restored.config));
    expect(before).toEqual(file.stored.emptied);
    restored.config.canvas.sessionSecret = "generated-after-reload-0123456789";
    const after = missingFileSecrets(file, gke.buildValues(restored.config));
    expect(after).not.toContain("canvas.oidc.sessionSecret");
    expect(after).toContain("acme.apiToken");
    expect(after).toHaveLength(before.length - 1);
  });

  it("keeps the form's draft without the file when the file is too large to store", () => {
    const { text } = everySecretFile();
    const { imported, config } = importFile(text);
    const file = storedFileOf(gke, imported);
    expect(draftToStore(config, SAVED_AT, file).isFileKept).toBe(true);
    const huge = { ...file, text: `${file.text}# ${"x".repeat(DRAFT_MAX_CHARS)}\n` };
    const stored = draftToStore(config, SAVED_AT, huge);
    expect(stored.isFileKept).toBe(false);
    expect(stored.text).toBeDefined();
    expect(restoreDraft(gke, stored.text ?? null)?.file).toBeUndefined();
  });

  it("still lists the missing secrets after a second reload", () => {
    const { text } = everySecretFile();
    const { restored, file } = editedAndRestored(text);
    const again = serializeDraft(
      restored.config,
      SAVED_AT,
      storedFileOf(gke, file.imported, file.stored.emptied),
    );
    const second = restoreDraft(gke, again);
    expect(second?.file?.stored.emptied).toEqual(file.stored.emptied);
    expect(second?.file?.stored.text).toBe(file.stored.text);
    const reopened = reopenFile(gke, second!.file!.stored, "values.yaml", text, second!.config);
    expect("problem" in reopened).toBe(false);
  });
});
