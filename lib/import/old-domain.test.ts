import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { SECRET_MASK } from "@/lib/secrets/secret-mask";

import { isDomainChanged, lineOfPath, oldDomainPlaces } from "./old-domain";

const CHANGE = { oldDomain: "old.example.com", newDomain: "new.example.org" };

const FILE = `# old.example.com is named in this comment, which is never a value
global:
  dns:
    domain: new.example.org # the form's own key, already rewritten
hue:
  ociRegistry:
    endpoint: zot.old.example.com:5000
dex:
  config:
    connectors:
      - type: github
        id: github
      - type: oidc
        id: corp
      - type: keystone
        config:
          issuer: https://OLD.Example.com/dex
          adminPassword: pw@old.example.com
notes:
  contact: admin@old.example.com
  hosts: [notold.example.com, old.example.com.evil.net, old.example.comfy, old.example.com]
  port: 5000
`;

const VALUES = parse(FILE) as unknown;

function places() {
  return oldDomainPlaces(VALUES, CHANGE, lineOfPath(FILE, VALUES));
}

describe("oldDomainPlaces", () => {
  it("names each place by its chart path and line, with what it becomes", () => {
    expect(
      places().map(({ name, line, shown, shownReplacement }) => ({
        name,
        line,
        shown,
        shownReplacement,
      })),
    ).toEqual([
      {
        name: "hue.ociRegistry.endpoint",
        line: 7,
        shown: "zot.old.example.com:5000",
        shownReplacement: "zot.new.example.org:5000",
      },
      {
        name: "dex.config.connectors[2].config.issuer",
        line: 17,
        shown: "https://OLD.Example.com/dex",
        shownReplacement: "https://new.example.org/dex",
      },
      {
        name: "dex.config.connectors[2].config.adminPassword",
        line: 18,
        shown: SECRET_MASK,
        shownReplacement: SECRET_MASK,
      },
      {
        name: "notes.contact",
        line: 20,
        shown: "admin@old.example.com",
        shownReplacement: "admin@new.example.org",
      },
      {
        name: "notes.hosts[3]",
        line: 21,
        shown: "old.example.com",
        shownReplacement: "new.example.org",
      },
    ]);
  });

  it("marks secrets and never carries their value", () => {
    const secret = places().find((place) => place.isSecret);
    expect(secret?.name).toBe("dex.config.connectors[2].config.adminPassword");
    expect(JSON.stringify(places())).not.toContain("pw@");
  });

  it("finds nothing when the domain is unchanged, empty or half typed", () => {
    expect(oldDomainPlaces(VALUES, { ...CHANGE, newDomain: "OLD.example.com" })).toEqual([]);
    expect(oldDomainPlaces(VALUES, { ...CHANGE, newDomain: "" })).toEqual([]);
    expect(oldDomainPlaces(VALUES, { ...CHANGE, newDomain: "https://new.example.org" })).toEqual(
      [],
    );
    expect(oldDomainPlaces(VALUES, { ...CHANGE, oldDomain: "" })).toEqual([]);
  });

  it("has no line for a key the imported file does not hold", () => {
    const lineOf = lineOfPath(FILE, VALUES);
    expect(lineOf(["notes", "added"])).toBeUndefined();
    expect(lineOf(["notes", "port"])).toBe(22);
  });
});

describe("isDomainChanged", () => {
  it.each([
    [CHANGE, true],
    [{ oldDomain: "a.example.com", newDomain: "A.Example.COM" }, false],
    [{ oldDomain: "a.example.com", newDomain: "b example.com" }, false],
  ])("%o: %s", (change, changed) => {
    expect(isDomainChanged(change)).toBe(changed);
  });
});
