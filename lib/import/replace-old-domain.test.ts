import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { targetModule } from "@/lib/targets/modules";
import { applyValuesEdits } from "@/lib/yaml/values-edits";
import { GUIDE_DOMAIN, OLD_DOMAIN_FILE } from "@/test/support/old-domain-file";
import { validConfig } from "@/test/support/target-config";

import { domainMentions, replaceDomain } from "./domain-mentions";
import { importValues, renderOverImported } from "./import-values";
import { oldDomainPlaces } from "./old-domain";
import { configDomainEdits, exportedValues, replaceOldDomain } from "./replace-old-domain";

const NEW_DOMAIN = "paletteai.acme.io";
const CHANGE = { oldDomain: GUIDE_DOMAIN, newDomain: NEW_DOMAIN };
const GKE = targetModule("gke");

function importedFile(text = OLD_DOMAIN_FILE) {
  const result = importValues(GKE, "values.yaml", text, validConfig("gke"));
  if ("problem" in result) throw new Error(result.problem);
  const config = structuredClone(result.config);
  config.global.domain = NEW_DOMAIN;
  return { imported: result.imported, config };
}

describe("replaceOldDomain", () => {
  it("writes the new domain at every place, keeping comments and every other line", () => {
    const { imported, config } = importedFile();
    expect(imported.domain).toBe(GUIDE_DOMAIN);
    const places = oldDomainPlaces(exportedValues(imported, GKE.buildValues(config)), CHANGE);
    expect(places.map((place) => place.name)).toEqual([
      "dex.config.connectors[1].config.host",
      "zot.ingress.hosts[1].host",
      "hue.ociRegistry.endpoint",
      "acmeNotes.support",
      "acmeNotes.statusPage",
      "acmeNotes.webhookToken",
    ]);

    const replaced = replaceOldDomain(imported, places, CHANGE);
    const before = imported.text.split("\n");
    const changed = replaced.text.split("\n").filter((line, index) => line !== before[index]);
    expect(replaced.text.split("\n")).toHaveLength(before.length);
    expect(changed).toEqual([
      "        host: https://keystone.paletteai.acme.io:5000",
      "      - host: registry.paletteai.acme.io # an extra host, in capitals",
      "    endpoint: zot.paletteai.acme.io:5000 # the registry's own load balancer",
      "  support: 'admin@paletteai.acme.io'",
      "  statusPage: https://status.paletteai.acme.io/paletteai",
      "  webhookToken: https://hooks.paletteai.acme.io/T0K3N-never-shown",
    ]);
    expect(replaced.text).toContain("ai.acme.org in a comment is not a value");
    expect(replaced.text).toContain("- ai.acme.org.evil.net");
    expect(parse(replaced.text)).toEqual(replaced.values);
    expect(replaced.values).toEqual(
      applyValuesEdits(imported.values, [
        {
          kind: "set",
          path: ["hue", "ociRegistry", "endpoint"],
          value: "zot.paletteai.acme.io:5000",
        },
        { kind: "set", path: ["acmeNotes", "support"], value: "admin@paletteai.acme.io" },
        {
          kind: "set",
          path: ["acmeNotes", "statusPage"],
          value: "https://status.paletteai.acme.io/paletteai",
        },
        {
          kind: "set",
          path: ["acmeNotes", "webhookToken"],
          value: "https://hooks.paletteai.acme.io/T0K3N-never-shown",
        },
        {
          kind: "set",
          path: ["zot", "ingress", "hosts", 1, "host"],
          value: "registry.paletteai.acme.io",
        },
        {
          kind: "set",
          path: ["dex", "config", "connectors", 1, "config", "host"],
          value: "https://keystone.paletteai.acme.io:5000",
        },
      ]),
    );

    const exported = renderOverImported(replaced, GKE.buildValues(config));
    // Outside comments, only the look-alikes still hold the old domain's letters.
    const valueLines = exported.split("\n").map((line) => line.split("#")[0] ?? "");
    expect(valueLines.filter((line) => line.includes(GUIDE_DOMAIN))).toEqual([
      "    - notai.acme.org",
      "    - ai.acme.org.evil.net",
      "    - ai.acme.orgfy",
    ]);
    expect(oldDomainPlaces(parse(exported), CHANGE)).toEqual([]);
  });

  it("finds the replaced places again when the domain changes once more", () => {
    const { imported, config } = importedFile();
    const values = GKE.buildValues(config);
    const places = oldDomainPlaces(exportedValues(imported, values), CHANGE);
    const replaced = replaceOldDomain(imported, places, CHANGE);
    expect(replaced.domain).toBe(NEW_DOMAIN);
    config.global.domain = "third.acme.io";
    const again = oldDomainPlaces(exportedValues(replaced, GKE.buildValues(config)), {
      oldDomain: replaced.domain,
      newDomain: "third.acme.io",
    });
    expect(again.map((place) => place.name)).toEqual(places.map((place) => place.name));
  });

  it("leaves the file as it was without places", () => {
    const { imported } = importedFile();
    expect(replaceOldDomain(imported, [], CHANGE)).toBe(imported);
  });

  it("changes the form's own field when it is what writes the old domain", () => {
    const text = OLD_DOMAIN_FILE.replace(
      "    - type: google\n",
      "    - type: oidc\n      id: corp\n      name: Corp\n      config:\n        issuer: https://sso.ai.acme.org\n        clientID: easel\n        clientSecret: corp-secret\n    - type: google\n",
    );
    const { imported, config } = importedFile(text);
    const buildValues = (next: typeof config) => GKE.buildValues(next);
    const places = oldDomainPlaces(exportedValues(imported, buildValues(config)), CHANGE);
    expect(places[0]?.name).toBe("dex.config.connectors[0].config.issuer");
    const edits = configDomainEdits(imported, buildValues, config, places, CHANGE);
    expect(edits).toEqual([
      {
        kind: "set",
        path: ["identity", "connectors", 0, "config", "issuer"],
        value: "https://sso.paletteai.acme.io",
      },
    ]);
    const next = applyValuesEdits(config, edits) as typeof config;
    const replaced = replaceOldDomain(imported, places, CHANGE);
    expect(oldDomainPlaces(exportedValues(replaced, buildValues(next)), CHANGE)).toEqual([]);
  });
});

/** A host-like word: labels of letters, digits and hyphens, sometimes the old domain's. */
const word = fc.oneof(
  fc.constantFrom(
    "ai.acme.org",
    "AI.Acme.Org",
    "x.ai.acme.org",
    "notai.acme.org",
    "ai.acme.org.evil.net",
  ),
  fc.stringMatching(/^[a-z0-9.@:/_-]{0,12}$/),
);
const separator = fc.constantFrom("", " ", "/", "@", ":", ".", "-", ",");
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 5 })
  .map((parts) => parts.map(([part, after]) => part + after).join(""));

describe("replacing, then finding again", () => {
  it("finds nothing in any text", () => {
    fc.assert(
      fc.property(text, (value) => {
        const replaced = replaceDomain(value, GUIDE_DOMAIN, NEW_DOMAIN);
        expect(domainMentions(replaced, GUIDE_DOMAIN, NEW_DOMAIN)).toEqual([]);
      }),
    );
  });

  it("finds nothing, whatever the values hold", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z]{1,6}$/),
          fc.oneof(text, fc.array(text, { maxLength: 3 })),
          { maxKeys: 4 },
        ),
        (notes) => {
          const file = `${OLD_DOMAIN_FILE}extraNotes: ${JSON.stringify(notes)}\n`;
          const { imported, config } = importedFile(file);
          const values = GKE.buildValues(config);
          const places = oldDomainPlaces(exportedValues(imported, values), CHANGE);
          const replaced = replaceOldDomain(imported, places, CHANGE);
          expect(oldDomainPlaces(parse(renderOverImported(replaced, values)), CHANGE)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
