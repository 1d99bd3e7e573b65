import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

import { replaceSecrets } from "@/lib/schemas/secret-paths";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { kindFromName } from "@/lib/schemas/sections/fleet-model";
import { REGISTRY_MODES } from "@/lib/schemas/sections/registry-model";
import { buildGkeValues } from "@/lib/targets/gke/build-values";
import { newLocalUser } from "@/lib/targets/install-defaults";
import { validGkeConfig } from "@/test/support/gke-config";
import { hostileString } from "@/test/support/hostile-string";

import { renderYaml } from "./stringify";

/** Parses like Helm (YAML 1.1) and like a modern reader (YAML 1.2 core); both must agree. */
function parseBothWays(text: string): unknown {
  const documents = parseAllDocuments(text);
  expect(documents).toHaveLength(1);
  const asHelm = parse(text, { version: "1.1" });
  const asCore = parse(text, { version: "1.2", schema: "core" });
  expect(asCore).toEqual(asHelm);
  return asHelm;
}

describe("renderYaml", () => {
  it("round-trips the GKE values exactly", () => {
    const values = buildGkeValues(validGkeConfig());
    expect(parseBothWays(renderYaml(values, { header: ["generated"] }))).toEqual(values);
  });

  it("writes multi-line strings as literal blocks", () => {
    const text = renderYaml({ file: "a\nb" });
    expect(text).toBe("file: |-\n  a\n  b\n");
  });

  it("keeps whitespace-only lines exactly, where a literal block would lose them", () => {
    for (const value of [" \n", "  \nx", "x\n \ny", "a\n \n:", "\\ \n\t"]) {
      expect(parseBothWays(renderYaml({ value, list: [{ value }] }))).toEqual({
        value,
        list: [{ value }],
      });
    }
  });

  it("quotes a `<<` key, which YAML 1.1 would read as a merge", () => {
    const data = { map: { "<<": "x", other: "y" } };
    const text = renderYaml(data);
    expect(text).toContain('!!str "<<": x');
    expect(parseBothWays(text)).toEqual(data);
  });

  it("quotes strings a YAML 1.1 reader would take for booleans or numbers", () => {
    expect(
      parse(renderYaml({ a: "yes", b: "on", c: "0777", d: "true" }), { version: "1.1" }),
    ).toEqual({
      a: "yes",
      b: "on",
      c: "0777",
      d: "true",
    });
  });

  it("writes the header as comments only", () => {
    const text = renderYaml({ a: 1 }, { header: ["line one", "key: not data"] });
    expect(text.startsWith("# line one\n# key: not data\n")).toBe(true);
    expect(parse(text)).toEqual({ a: 1 });
  });

  it("keeps any string in any user field as data: no broken document, no added key", () => {
    fc.assert(
      fc.property(
        hostileString,
        hostileString,
        hostileString,
        fc.constantFrom(...REGISTRY_MODES),
        (a, b, c, mode) => {
          const config = validGkeConfig();
          // Every free-text field an admin can type, plus the secrets.
          const odd = replaceSecrets(config, () => a);
          odd.global.auditLogging.username = b;
          odd.global.metrics.timeout = c;
          odd.global.metrics.scrapeInterval = a;
          odd.global.metrics.username = b;
          odd.global.metrics.prometheusBaseUrl = c;
          odd.global.domain = a;
          odd.fleet.hubApiServer = b;
          odd.fleet.spokes.push({
            kind: kindFromName(a),
            name: a,
            forceInternalEndpointLookup: true,
            kubeconfig: { secretName: b, secretKey: c, context: a },
            kubeconfigFile: "",
          });
          odd.canvas.staticIpName = c;
          odd.identity.localUsers = [
            { ...newLocalUser(c), email: b, userID: a, password: "", hash: b },
          ];
          odd.identity.connectors = [
            {
              ...newConnector("oidc", a),
              name: b,
              config: { issuer: c, clientSecret: a, scopes: `${a}, ${b}`, redirectURI: b },
            },
          ];
          odd.registry.users = [{ username: a, password: "", hash: c }];
          odd.registry.mode = mode;
          odd.canvas.branding = { primaryLogo: a, secondaryLogo: b };
          odd.canvas.impersonation = {
            enabled: true,
            userMode: "passthrough",
            groupsMode: "map",
            userMap: [{ key: a, value: b }],
            groupMap: [{ key: b, value: c }],
            dexGroupMap: [{ key: c, value: `${a},${b}` }],
          };
          odd.registry.endpoint = b;
          const values = buildGkeValues(odd);
          expect(parseBothWays(renderYaml(values, { header: [a, b] }))).toEqual(values);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
