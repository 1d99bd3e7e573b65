import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";

import { HELM_MAJORS, helmBinary, type HelmMajor } from "@/scripts/helm/helm-binaries";

import { releaseChanges, releaseHooks } from "./release-diff";
import { readRenderedObjects } from "./rendered-objects";

/** A stand-in for the `mural` chart (never a copy of it): templates that consume Easel's values. */
const TEMPLATES: Record<string, string> = {
  "settings.yaml": [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    "  name: mural-settings",
    "  namespace: {{ .Release.Namespace }}",
    "data:",
    "  domain: {{ .Values.global.dns.domain | quote }}",
    "  issuer: {{ .Values.dex.config.issuer | quote }}",
  ].join("\n"),
  "session.yaml": [
    "apiVersion: v1",
    "kind: Secret",
    "metadata:",
    "  name: mural-session",
    "  namespace: {{ .Release.Namespace }}",
    "data:",
    "  password: {{ .Values.session.password | b64enc | quote }}",
    "stringData:",
    "  token: {{ .Values.session.token | quote }}",
  ].join("\n"),
  "migrate.yaml": [
    "apiVersion: batch/v1",
    "kind: Job",
    "metadata:",
    "  name: mural-migrate",
    "  namespace: {{ .Release.Namespace }}",
    "  annotations:",
    '    "helm.sh/hook": pre-install,pre-upgrade',
    "spec:",
    "  template:",
    "    spec:",
    "      restartPolicy: Never",
    "      containers:",
    "        - name: migrate",
    "          image: busybox",
  ].join("\n"),
  "service.yaml": [
    "apiVersion: v1",
    "kind: Service",
    "metadata:",
    "  name: mural",
    "  namespace: {{ .Release.Namespace }}",
    "spec:",
    "  ports:",
    "    - port: 80",
  ].join("\n"),
};

const dir = mkdtempSync(path.join(tmpdir(), "easel-release-diff-"));
const chart = path.join(dir, "mural");
mkdirSync(path.join(chart, "templates"), { recursive: true });
writeFileSync(path.join(chart, "Chart.yaml"), "apiVersion: v2\nname: mural\nversion: 0.1.0\n");
for (const [file, text] of Object.entries(TEMPLATES)) {
  writeFileSync(path.join(chart, "templates", file), `${text}\n`);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Settings = { domain: string; issuer: string; password: string; token: string };

const BASE: Settings = {
  domain: "palette.example.com",
  issuer: "https://palette.example.com/dex",
  password: "s3ssion-passw0rd-aa11",
  token: "s3ssion-t0ken-bb22",
};

/** What Helm renders for the release, the values given on standard input as Easel gives them. */
function render(major: HelmMajor, settings: Settings): string {
  const values = stringify({
    global: { dns: { domain: settings.domain } },
    dex: { config: { issuer: settings.issuer } },
    session: { password: settings.password, token: settings.token },
  });
  const result = spawnSync(
    helmBinary(major),
    ["template", "mural", chart, "--namespace", "mural-system", "-f", "-"],
    {
      input: values,
      encoding: "utf8",
      env: {
        ...process.env,
        HELM_CACHE_HOME: path.join(dir, "cache"),
        HELM_CONFIG_HOME: path.join(dir, "config"),
        HELM_DATA_HOME: path.join(dir, "data"),
      },
    },
  );
  if (result.status !== 0) throw new Error(`helm template failed: ${result.stderr}`);
  return result.stdout;
}

describe.each(HELM_MAJORS)("[Helm %s] a rendered release against the deployed one", (major) => {
  it("reads every object Helm renders, with its template", () => {
    const reading = readRenderedObjects(render(major, BASE), "rendered manifest");
    if ("problem" in reading) throw new Error(reading.problem);
    expect(reading.objects.map((object) => [object.ref.kind, object.source])).toEqual([
      ["Secret", "mural/templates/session.yaml"],
      ["ConfigMap", "mural/templates/settings.yaml"],
      ["Service", "mural/templates/service.yaml"],
      ["Job", "mural/templates/migrate.yaml"],
    ]);
    expect(releaseHooks(render(major, BASE))).toEqual([
      {
        ref: {
          apiVersion: "batch/v1",
          kind: "Job",
          name: "mural-migrate",
          namespace: "mural-system",
        },
        events: ["pre-install", "pre-upgrade"],
      },
    ]);
  });

  it("finds nothing changed for the same values", () => {
    const text = render(major, BASE);
    const changes = releaseChanges(text, render(major, BASE));
    expect(changes.map((change) => change.change)).toEqual(["unchanged", "unchanged", "unchanged"]);
  });

  it("names exactly the ConfigMap when the domain changes", () => {
    const changes = releaseChanges(
      render(major, BASE),
      render(major, { ...BASE, domain: "other.example.com" }),
    );
    const changed = changes.filter((change) => change.change !== "unchanged");
    expect(changed.map((change) => `${change.ref.kind} ${change.ref.name}`)).toEqual([
      "ConfigMap mural-settings",
    ]);
  });

  it("names the Secret's changed keys and never their values", () => {
    const next = { ...BASE, password: "n3w-passw0rd-cc33", token: "n3w-t0ken-dd44" };
    const changes = releaseChanges(render(major, BASE), render(major, next));
    const changed = changes.filter((change) => change.change !== "unchanged");
    expect(changed).toEqual([
      {
        ref: { apiVersion: "v1", kind: "Secret", name: "mural-session", namespace: "mural-system" },
        change: "change",
        diff: {
          kind: "secret-keys",
          keys: [
            { key: "password", change: "changed" },
            { key: "token", change: "changed" },
          ],
        },
      },
    ]);
    const json = JSON.stringify(changes);
    for (const secret of [BASE.password, BASE.token, next.password, next.token]) {
      expect(json).not.toContain(secret);
      expect(json).not.toContain(btoa(secret));
    }
  });
});
