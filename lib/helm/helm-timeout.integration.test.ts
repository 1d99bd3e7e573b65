import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";

import { HELM_MAJORS, helmBinary } from "@/scripts/helm/helm-binaries";
import {
  startRegistry,
  stopRegistry,
  type TestRegistry,
} from "@/scripts/test-registry/test-registry";
import { helmHomesEnv } from "@/test/support/helm-homes";
import { testSession } from "@/test/support/helm-session";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { standInRepository } from "@/test/support/stand-in-charts";

import type { HelmFailure } from "./helm-failure";
import { upgradeInstall } from "./release-commands";
import { releaseStates } from "./release-reads";

const testHub = privateHubForFile();
let registry: TestRegistry | undefined;

/** A Deployment never becomes ready on the test hub (it runs no kubelet): Helm's wait runs out. */
const NEVER_READY_VERSION = "0.0.1";
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: never-ready
  namespace: {{ .Release.Namespace }}
spec:
  replicas: 1
  selector:
    matchLabels: { app: never-ready }
  template:
    metadata:
      labels: { app: never-ready }
    spec:
      containers:
        - name: app
          image: registry.example.test/never-ready:1
`;

/** Pushes a `mural` chart of that one Deployment to a registry of this file's own. */
beforeAll(async () => {
  const work = mkdtempSync(path.join(tmpdir(), "easel-never-ready-"));
  registry = await startRegistry(path.join(work, "registry"));
  const chart = path.join(work, "mural");
  mkdirSync(path.join(chart, "templates"), { recursive: true });
  writeFileSync(
    path.join(chart, "Chart.yaml"),
    `apiVersion: v2\nname: mural\nversion: ${NEVER_READY_VERSION}\n`,
  );
  writeFileSync(path.join(chart, "templates", "deployment.yaml"), DEPLOYMENT);
  const helm = (args: string[]) =>
    execFileSync(helmBinary(3), args, { env: helmHomesEnv(work), stdio: "pipe" });
  helm(["package", chart, "--destination", work]);
  helm([
    "push",
    path.join(work, `mural-${NEVER_READY_VERSION}.tgz`),
    standInRepository(registry.url),
    "--plain-http",
  ]);
}, 120_000);

afterAll(async () => {
  if (registry) await stopRegistry(registry.dir);
});

it("Helm's wait running out is a timeout naming the release, and the first install is undone, with Helm 3 and 4", async () => {
  for (const major of HELM_MAJORS) {
    const base = await testSession(testHub(), helmBinary(major));
    const session = {
      ...base,
      source: { registry: standInRepository(registry?.url ?? ""), isPlainHttp: true },
    };
    const started = Date.now();
    // A tenth of a minute: Helm reads `0.1m` as 6 s.
    const failure = (await upgradeInstall(session, {
      release: "mural",
      version: NEVER_READY_VERSION,
      timeoutMinutes: 0.1,
    }).catch((error: unknown) => error)) as HelmFailure;
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(failure).toMatchObject({ code: "timeout", release: "mural", isRolledBack: true });
    expect(failure.message).toMatch(
      /^Helm could not install or upgrade mural: it did not finish in time \(.*\)\. Helm rolled it back: this first install of mural was removed\.$/,
    );
    expect(await releaseStates(session)).toEqual([]);
  }
}, 300_000);
