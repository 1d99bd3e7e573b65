import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";

import { hostileString } from "@/test/support/hostile-string";
import { aliasBomb } from "@/test/support/hostile-yaml";

import type { ReleasePreview } from "./helm-release";
import {
  isRenderedNoChange,
  releaseChanges,
  releaseHooks,
  RenderedManifestError,
  withoutObjects,
} from "./release-diff";

type Settings = { domain: string; issuer: string; password: string; token: string };

/** A manifest as Helm prints it: each document after `---` and its template's `# Source:`. */
function manifest(objects: Record<string, unknown>[]): string {
  return objects
    .map((object, index) => `---\n# Source: mural/templates/t${index}.yaml\n${stringify(object)}`)
    .join("");
}

/** What the stand-in `mural` chart renders: a ConfigMap of two values, a Secret, a Service. */
function muralManifest(settings: Settings, secretAs: "data" | "stringData" = "data"): string {
  const secretData =
    secretAs === "data"
      ? { data: { password: btoa(settings.password), token: btoa(settings.token) } }
      : { stringData: { password: settings.password, token: settings.token } };
  return manifest([
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "mural", namespace: "mural-system" },
      spec: { ports: [{ port: 80 }] },
    },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "mural-settings", namespace: "mural-system" },
      data: { domain: settings.domain, issuer: settings.issuer },
    },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "mural-session", namespace: "mural-system" },
      type: "Opaque",
      ...secretData,
    },
  ]);
}

// Values long enough to be found in the result's JSON if one leaked; ASCII, for btoa.
const secretValue = fc.string({
  minLength: 12,
  maxLength: 40,
  unit: fc.constantFrom(..."abcXYZ019_-+/=".split("")),
});
const settings = fc.record({
  domain: hostileString,
  issuer: hostileString,
  password: secretValue,
  token: secretValue,
});

describe("releaseChanges", () => {
  it("finds every object unchanged when the same manifest is deployed", () => {
    fc.assert(
      fc.property(settings, (values) => {
        const text = muralManifest(values);
        const changes = releaseChanges(text, text);
        expect(changes.map((change) => change.change)).toEqual([
          "unchanged",
          "unchanged",
          "unchanged",
        ]);
      }),
    );
  });

  it("orders objects as Helm installs them", () => {
    const text = muralManifest({ domain: "a", issuer: "b", password: "c", token: "d" });
    expect(releaseChanges(undefined, text)).toEqual([
      {
        ref: { apiVersion: "v1", kind: "Secret", name: "mural-session", namespace: "mural-system" },
        change: "create",
      },
      {
        ref: {
          apiVersion: "v1",
          kind: "ConfigMap",
          name: "mural-settings",
          namespace: "mural-system",
        },
        change: "create",
      },
      {
        ref: { apiVersion: "v1", kind: "Service", name: "mural", namespace: "mural-system" },
        change: "create",
      },
    ]);
  });

  it("changes exactly the ConfigMap whose value changed, line by line", () => {
    fc.assert(
      fc.property(settings, hostileString, (values, domain) => {
        fc.pre(domain !== values.domain);
        const changes = releaseChanges(muralManifest(values), muralManifest({ ...values, domain }));
        const changed = changes.filter((change) => change.change !== "unchanged");
        expect(changed.map((change) => change.ref.name)).toEqual(["mural-settings"]);
        const [configMap] = changed;
        if (configMap?.change !== "change" || configMap.diff.kind !== "lines") {
          throw new Error("the ConfigMap should be a line diff");
        }
        expect(configMap.diff.lines.some((line) => line.op === "remove")).toBe(true);
        expect(configMap.diff.lines.some((line) => line.op === "add")).toBe(true);
      }),
    );
  });

  it("names a Secret's changed key and carries no value of it", () => {
    fc.assert(
      fc.property(settings, secretValue, (values, password) => {
        fc.pre(password !== values.password);
        const changes = releaseChanges(
          muralManifest(values),
          muralManifest({ ...values, password }),
        );
        const changed = changes.filter((change) => change.change !== "unchanged");
        expect(changed).toEqual([
          {
            ref: {
              apiVersion: "v1",
              kind: "Secret",
              name: "mural-session",
              namespace: "mural-system",
            },
            change: "change",
            diff: {
              kind: "secret-keys",
              keys: [
                { key: "password", change: "changed" },
                { key: "token", change: "unchanged" },
              ],
            },
          },
        ]);
        const json = JSON.stringify(changes);
        for (const secret of [values.password, password, values.token]) {
          expect(json).not.toContain(secret);
          expect(json).not.toContain(btoa(secret));
        }
      }),
    );
  });

  it("compares a Secret by content, whether it is written as data or stringData", () => {
    fc.assert(
      fc.property(settings, (values) => {
        const changes = releaseChanges(
          muralManifest(values, "data"),
          muralManifest(values, "stringData"),
        );
        const secret = changes.find((change) => change.ref.kind === "Secret");
        expect(secret?.change).toBe("unchanged");
      }),
    );
  });

  it("deletes what the chart no longer renders, and names a Secret's keys when it is added", () => {
    const values = { domain: "a", issuer: "b", password: "p4ssw0rd-long", token: "t0ken-long" };
    const changes = releaseChanges(
      muralManifest(values),
      manifest([
        {
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: "mural-session", namespace: "mural-system" },
          type: "Opaque",
          data: { password: btoa(values.password), token: btoa(values.token), extra: btoa("x") },
        },
      ]),
    );
    expect(changes.map((change) => [change.ref.kind, change.change])).toEqual([
      ["Secret", "change"],
      ["ConfigMap", "delete"],
      ["Service", "delete"],
    ]);
    const [secret] = changes;
    expect(secret?.change === "change" && secret.diff).toEqual({
      kind: "secret-keys",
      keys: [
        { key: "extra", change: "added" },
        { key: "password", change: "unchanged" },
        { key: "token", change: "unchanged" },
      ],
    });
  });

  it("skips empty documents and comments-only documents", () => {
    const text = `---\n# Source: mural/templates/empty.yaml\n---\n\n${muralManifest({ domain: "a", issuer: "b", password: "c", token: "d" })}---\n`;
    expect(releaseChanges(text, text)).toHaveLength(3);
  });

  it("leaves hooks out of the comparison, as the deployed manifest leaves them out, and lists them", () => {
    const deployed = muralManifest({ domain: "a", issuer: "b", password: "c", token: "d" });
    const hook = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: {
        name: "mural-migrate",
        annotations: { "helm.sh/hook": "pre-install, pre-upgrade", "helm.sh/hook-weight": "1" },
      },
      spec: { template: { spec: { restartPolicy: "Never" } } },
    };
    const rendered = `${deployed}${manifest([hook])}`;
    expect(
      releaseChanges(deployed, rendered).every((change) => change.change === "unchanged"),
    ).toBe(true);
    expect(releaseHooks(rendered)).toEqual([
      {
        ref: { apiVersion: "batch/v1", kind: "Job", name: "mural-migrate" },
        events: ["pre-install", "pre-upgrade"],
      },
    ]);
    expect(releaseHooks(deployed)).toEqual([]);
  });

  it.each([
    ["an alias bomb", `---\n${aliasBomb()}`],
    ["a huge manifest", `---\nkind: ConfigMap\ndata:\n  a: "${"x".repeat(17 * 1024 * 1024)}"\n`],
    ["text that is not YAML", "---\napiVersion: v1\nkind: [ConfigMap\n"],
    ["a document that is a list", "---\n- apiVersion: v1\n"],
    ["a document without a name", "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n"],
    [
      "an object rendered twice",
      "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n",
    ],
  ])("refuses %s with a sentence", (_, text) => {
    expect(() => releaseChanges(undefined, text)).toThrow(RenderedManifestError);
    expect(() => releaseChanges(text, manifest([]))).toThrow(/deployed manifest/);
  });
});

describe("withoutObjects", () => {
  it("drops the objects Easel applies itself, by kind, name and namespace", () => {
    const text = muralManifest({ domain: "a", issuer: "b", password: "c", token: "d" });
    const changes = releaseChanges(undefined, text);
    expect(
      withoutObjects(changes, [
        { kind: "Secret", name: "mural-session", namespace: "mural-system" },
        { kind: "ConfigMap", name: "mural-settings", namespace: "elsewhere" },
      ]).map((change) => change.ref.kind),
    ).toEqual(["ConfigMap", "Service"]);
  });
});

describe("isRenderedNoChange", () => {
  const text = muralManifest({ domain: "a", issuer: "b", password: "c", token: "d" });
  const current = {
    name: "mural" as const,
    namespace: "mural-system",
    revision: 1,
    status: "deployed" as const,
    chart: "mural-1.0.0",
    updated: "2026-12-01T20:00:00Z",
  };
  const preview = (deployed: string | undefined): ReleasePreview => ({
    name: "mural",
    chart: "mural",
    version: "1.0.0",
    ...(deployed === undefined ? {} : { current }),
    changes: releaseChanges(deployed, text),
  });

  it("is true only when every release is deployed and renders nothing new", () => {
    expect(isRenderedNoChange([preview(text)])).toBe(true);
    expect(isRenderedNoChange([preview(undefined)])).toBe(false);
    // A release not installed yet is written by installing it, even when it renders nothing.
    expect(isRenderedNoChange([{ ...preview(undefined), changes: [] }])).toBe(false);
    expect(isRenderedNoChange([preview(text), preview(manifest([]))])).toBe(false);
  });
});
