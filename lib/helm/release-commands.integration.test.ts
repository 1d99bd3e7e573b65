import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";

import { HELM_MAJORS } from "@/scripts/helm/helm-binaries";
import { recordingHelm } from "@/test/support/helm-recorder";
import { RELEASE_NAMESPACE, testSession } from "@/test/support/helm-session";
import { kubectlGet } from "@/test/support/hub";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import {
  STAND_IN_BROKEN_SERVICE,
  STAND_IN_BROKEN_VERSION,
  STAND_IN_CRD_NAME,
  STAND_IN_CRDS_VERSION,
  STAND_IN_OIDC_SECRET,
  STAND_IN_SETTINGS_CONFIGMAP,
  STAND_IN_VERSION,
} from "@/test/support/stand-in-charts";

import type { HelmFailure } from "./helm-failure";
import type { HelmSession } from "./helm-session";
import { rollbackRelease, upgradeInstall } from "./release-commands";
import { releaseHistory, releaseManifest, releaseStates, releaseValues } from "./release-reads";
import { renderRelease } from "./render-release";

const LONG = 180_000;
const SESSION_SECRET = `session-${randomUUID()}`;
const VALUES = [
  "global:",
  "  dns:",
  "    domain: palette.example.test",
  "dex:",
  "  config:",
  "    issuer: https://palette.example.test/dex",
  "canvas:",
  "  oidc:",
  `    sessionSecret: ${SESSION_SECRET}`,
  "",
].join("\n");

/** Each rendered object by kind and name, comments and document order aside. */
function objectsOf(manifest: string | undefined): Record<string, unknown> {
  const documents = parseAllDocuments(manifest ?? "").map((doc) => doc.toJS() as unknown);
  return Object.fromEntries(
    documents
      .filter((doc): doc is { kind: string; metadata: { name: string } } => Boolean(doc))
      .map((doc) => [`${doc.kind}/${doc.metadata.name}`, doc]),
  );
}

/** Installs or upgrades `mural` at `version` as the panel does, with this file's values unless told. */
function upgradeMural(session: HelmSession, version: string, valuesText = VALUES) {
  return upgradeInstall(session, { release: "mural", version, valuesText, timeoutMinutes: 2 });
}

/** The HelmFailure a Helm command rejected with. */
async function failureOf(command: Promise<unknown>): Promise<HelmFailure> {
  return (await command.catch((error: unknown) => error)) as HelmFailure;
}

describe.each(HELM_MAJORS)("Helm %i runs the releases on a real hub", (major) => {
  const testHub = privateHubForFile();
  const recorder = recordingHelm(major);
  const failures: HelmFailure[] = [];
  const session = (user: "admin" | "restricted" = "admin") =>
    testSession(testHub(), recorder.path, { user, secrets: [SESSION_SECRET] });

  it(
    "renders both charts of a new release: the CRD, the values, the generated secret",
    async () => {
      const admin = await session();
      const crds = objectsOf(
        await renderRelease(admin, { release: "mural-crds", version: STAND_IN_CRDS_VERSION }),
      );
      expect(Object.keys(crds)).toEqual([`CustomResourceDefinition/${STAND_IN_CRD_NAME}`]);
      const mural = objectsOf(
        await renderRelease(admin, {
          release: "mural",
          version: STAND_IN_VERSION,
          valuesText: VALUES,
        }),
      );
      expect(mural[`ConfigMap/${STAND_IN_SETTINGS_CONFIGMAP}`]).toMatchObject({
        metadata: { namespace: RELEASE_NAMESPACE },
        data: { domain: "palette.example.test", dexIssuer: "https://palette.example.test/dex" },
      });
      // The render is for the preview's comparison: unmasked, never shown as is.
      expect(mural[`Secret/${STAND_IN_OIDC_SECRET}`]).toMatchObject({
        data: { sessionSecret: Buffer.from(SESSION_SECRET).toString("base64") },
      });
      expect(await releaseStates(admin)).toEqual([]);
      expect(await releaseManifest(admin, "mural")).toBeUndefined();
      expect(await releaseHistory(admin, "mural")).toEqual([]);
    },
    LONG,
  );

  it(
    "first install: both releases at revision 1, deployed, their objects on the hub",
    async () => {
      const admin = await session();
      expect(
        await upgradeInstall(admin, {
          release: "mural-crds",
          version: STAND_IN_CRDS_VERSION,
          timeoutMinutes: 2,
        }),
      ).toEqual({ revision: 1, status: "deployed", notes: "" });
      expect(await upgradeMural(admin, STAND_IN_VERSION)).toEqual({
        revision: 1,
        status: "deployed",
        notes: "",
      });
      expect(kubectlGet(testHub(), "crd", STAND_IN_CRD_NAME)).toBeDefined();
      expect(
        kubectlGet(testHub(), "configmap", STAND_IN_SETTINGS_CONFIGMAP, RELEASE_NAMESPACE)?.data,
      ).toEqual({ domain: "palette.example.test", dexIssuer: "https://palette.example.test/dex" });
      expect(await releaseStates(admin)).toEqual([
        expect.objectContaining({ name: "mural-crds", revision: 1, status: "deployed" }),
        expect.objectContaining({
          name: "mural",
          namespace: RELEASE_NAMESPACE,
          revision: 1,
          status: "deployed",
          chart: `mural-${STAND_IN_VERSION}`,
          updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        }),
      ]);
    },
    LONG,
  );

  it(
    "an existing release renders as its own manifest when nothing changed; values come back",
    async () => {
      const admin = await session();
      const deployed = await releaseManifest(admin, "mural");
      const rendered = await renderRelease(admin, {
        release: "mural",
        version: STAND_IN_VERSION,
        valuesText: VALUES,
      });
      expect(Object.keys(objectsOf(deployed))).toHaveLength(3);
      expect(objectsOf(rendered)).toEqual(objectsOf(deployed));
      expect(parse((await releaseValues(admin, "mural")) ?? "")).toEqual(parse(VALUES));
    },
    LONG,
  );

  it(
    "a second install without changes upgrades to revision 2 with the same manifest",
    async () => {
      const admin = await session();
      const before = await releaseManifest(admin, "mural");
      expect(await upgradeMural(admin, STAND_IN_VERSION)).toEqual({
        revision: 2,
        status: "deployed",
        notes: "",
      });
      expect(await releaseManifest(admin, "mural")).toBe(before);
    },
    LONG,
  );

  it(
    "the broken chart fails, Helm rolls back, and the failure says so naming the release",
    async () => {
      const admin = await session();
      const failure = await failureOf(upgradeMural(admin, STAND_IN_BROKEN_VERSION));
      failures.push(failure);
      expect(failure).toMatchObject({ code: "invalid", release: "mural", isRolledBack: true });
      expect(failure.message).toMatch(/^Helm could not install or upgrade mural: .*nodePort/);
      expect(failure.message).toMatch(/Helm rolled mural back to where it was\.$/);
      const history = await releaseHistory(admin, "mural");
      expect(history.map((entry) => [entry.revision, entry.status, entry.chart])).toEqual([
        [1, "superseded", `mural-${STAND_IN_VERSION}`],
        [2, "superseded", `mural-${STAND_IN_VERSION}`],
        [3, "failed", `mural-${STAND_IN_BROKEN_VERSION}`],
        [4, "deployed", `mural-${STAND_IN_VERSION}`],
      ]);
      expect(kubectlGet(testHub(), "service", STAND_IN_BROKEN_SERVICE, RELEASE_NAMESPACE)).toBe(
        undefined,
      );
    },
    LONG,
  );

  it(
    "rolls back to revision 1: a new revision, deployed, with revision 1's chart",
    async () => {
      const admin = await session();
      expect(await rollbackRelease(admin, "mural", 1, 2)).toEqual({
        revision: 5,
        status: "deployed",
        notes: "",
      });
      const last = (await releaseHistory(admin, "mural")).at(-1);
      expect(last).toMatchObject({ revision: 5, status: "deployed", description: "Rollback to 1" });
    },
    LONG,
  );

  it(
    "the restricted user is refused with a sentence naming each release, and nothing is written",
    async () => {
      const restricted = await session("restricted");
      for (const release of ["mural-crds", "mural"] as const) {
        const failure = await failureOf(
          upgradeInstall(restricted, {
            release,
            version: release === "mural" ? STAND_IN_VERSION : STAND_IN_CRDS_VERSION,
            valuesText: VALUES,
            timeoutMinutes: 2,
          }),
        );
        failures.push(failure);
        expect(failure).toMatchObject({ code: "forbidden", release, isRolledBack: false });
        expect(failure.message).toMatch(
          new RegExp(`^Helm could not install or upgrade ${release}: the hub's user is forbidden`),
        );
      }
      const admin = await session();
      expect((await releaseStates(admin)).map((state) => [state.name, state.revision])).toEqual([
        ["mural-crds", 1],
        ["mural", 5],
      ]);
    },
    LONG,
  );

  it(
    "an upgrade given empty values keeps none of the last release's: Easel's values are the whole",
    async () => {
      const admin = await session();
      await upgradeMural(admin, STAND_IN_VERSION, "");
      expect(parse((await releaseValues(admin, "mural")) ?? "") ?? {}).toEqual({});
      expect(
        kubectlGet(testHub(), "configmap", STAND_IN_SETTINGS_CONFIGMAP, RELEASE_NAMESPACE)?.data,
      ).toEqual({ domain: "", dexIssuer: "" });
    },
    LONG,
  );

  it("no secret reached any of Helm's argument lists or failures; values went on stdin", () => {
    const calls = recorder.calls();
    expect(calls.length).toBeGreaterThan(10);
    const secrets = [
      SESSION_SECRET,
      Buffer.from(SESSION_SECRET).toString("base64"),
      testHub().tokens.admin,
      testHub().tokens.restricted,
    ];
    for (const argument of calls.flat()) {
      for (const secret of secrets) expect(argument).not.toContain(secret);
    }
    for (const failure of failures) {
      for (const secret of secrets) expect(failure.message).not.toContain(secret);
    }
    const installs = calls.filter((args) => args[0] === "upgrade" && args.includes("mural"));
    expect(installs.length).toBeGreaterThan(0);
    for (const args of installs) {
      expect(args[args.indexOf("--values") + 1]).toBe("-");
      expect(args).toContain("--kubeconfig");
    }
  });
});
