import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

import { buildInstallFiles } from "@/lib/downloads/install-files";
import { previewSecretsFile } from "@/lib/downloads/preview-files";
import { TARGET_IDS } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { configArbitrary } from "@/test/support/config-arbitrary";
import { everySecretGkeConfig } from "@/test/support/every-secret-config";
import { validConfig } from "@/test/support/target-config";

import { NO_SECRET_NOTE } from "./secrets-file";

const GENERATED_AT = new Date("2026-11-21T10:00:00Z");

/** Each document of a YAML file as data: `null` for an empty or `null` document. */
const documentsOf = (text: string): unknown[] =>
  parseAllDocuments(text).map((document) => document.toJS() as unknown);

describe.each(TARGET_IDS)("[%s] secrets.yaml", (target) => {
  it("of the starting configuration holds PaletteAI's Namespace, never a null document", () => {
    const config = validConfig(target);
    const files = buildInstallFiles(targetModule(target), config, GENERATED_AT);
    expect(documentsOf(files["secrets.yaml"])).toEqual([
      {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "mural-system", labels: { "app.kubernetes.io/managed-by": "easel" } },
      },
    ]);
    expect(files["secrets.yaml"]).toContain(`# ${NO_SECRET_NOTE}`);
    for (const revealSecrets of [false, true]) {
      expect(documentsOf(previewSecretsFile(config, { revealSecrets }))).toEqual(
        documentsOf(files["secrets.yaml"]),
      );
    }
  });

  it("of any configuration holds only objects, at least one", () => {
    fc.assert(
      fc.property(configArbitrary(target), (config) => {
        const text = buildInstallFiles(targetModule(target), config, GENERATED_AT)["secrets.yaml"];
        const documents = documentsOf(text);
        expect(documents.length).toBeGreaterThan(0);
        for (const document of documents) {
          expect(document).toMatchObject({ apiVersion: "v1", metadata: {} });
        }
      }),
      { numRuns: 30 },
    );
  });
});

it("with Secrets needed, secrets.yaml does not claim to need none", () => {
  const text = buildInstallFiles(targetModule("gke"), everySecretGkeConfig(), GENERATED_AT)[
    "secrets.yaml"
  ];
  expect(text).not.toContain(NO_SECRET_NOTE);
  expect(documentsOf(text).length).toBeGreaterThan(2);
});
