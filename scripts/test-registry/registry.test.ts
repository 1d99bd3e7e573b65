import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { chartRegistry } from "@/test/support/chart-registry";
import { helmHomesEnv } from "@/test/support/helm-homes";
import {
  publishStandInCharts,
  registryConfigJson,
  STAND_IN_CHART,
  STAND_IN_CRDS_CHART,
  STAND_IN_CRDS_VERSION,
  STAND_IN_VERSION,
  standInChartReference,
} from "@/test/support/stand-in-charts";

import { HELM_MAJORS, helmBinary, type HelmMajor } from "../helm/helm-binaries";
import { startRegistry, stopRegistry, type TestRegistry } from "./test-registry";

const work = mkdtempSync(path.join(tmpdir(), "easel-registry-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Helm with homes of its own and the given registry config (none: an empty one). */
function helm(major: HelmMajor, args: string[], registryConfigText = "{}\n") {
  const home = mkdtempSync(path.join(work, "helm-"));
  const registryConfig = path.join(home, "registry-config.json");
  writeFileSync(registryConfig, registryConfigText, { mode: 0o600 });
  return spawnSync(helmBinary(major), [...args, "--registry-config", registryConfig], {
    env: helmHomesEnv(home),
    encoding: "utf8",
  });
}

function showChart(major: HelmMajor, url: string, chart: string, version: string, config?: string) {
  const reference = standInChartReference(url, chart);
  return helm(major, ["show", "chart", reference, "--version", version, "--plain-http"], config);
}

describe("the run's test registry", () => {
  it("answers GET /v2/ as a registry", async () => {
    const response = await fetch(`${chartRegistry().url}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("docker-distribution-api-version")).toBe("registry/2.0");
  });

  it.each(HELM_MAJORS)("serves the stand-in charts to Helm %i over plain HTTP", (major) => {
    const { url } = chartRegistry();
    const mural = showChart(major, url, STAND_IN_CHART, STAND_IN_VERSION);
    expect(mural.status, mural.stderr).toBe(0);
    expect(mural.stdout).toMatch(/^name: mural$/m);
    expect(mural.stdout).toMatch(/^version: 1\.0\.0$/m);
    const crds = showChart(major, url, STAND_IN_CRDS_CHART, STAND_IN_CRDS_VERSION);
    expect(crds.stdout).toMatch(/^name: mural-crds$/m);
  });
});

describe("an authenticated test registry", () => {
  let registry: TestRegistry;
  const dir = path.join(work, "auth-registry");

  beforeAll(async () => {
    registry = await startRegistry(dir, { auth: true });
    publishStandInCharts(registry.url, { credentials: registry.credentials });
  });
  afterAll(() => stopRegistry(dir));

  it("refuses anyone without credentials", async () => {
    expect((await fetch(`${registry.url}/v2/`)).status).toBe(401);
    for (const major of HELM_MAJORS) {
      const result = showChart(major, registry.url, STAND_IN_CHART, STAND_IN_VERSION);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(
        /basic (auth )?credentials? not found|no basic auth credentials/,
      );
    }
  });

  it("refuses a wrong password", () => {
    const wrong = registryConfigJson(registry.host, {
      username: registry.credentials!.username,
      password: "not-the-password",
    });
    for (const major of HELM_MAJORS) {
      const result = showChart(major, registry.url, STAND_IN_CHART, STAND_IN_VERSION, wrong);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/401/);
    }
  });

  it.each(HELM_MAJORS)("lets Helm %i in with a hand-written registry config", (major) => {
    const config = registryConfigJson(registry.host, registry.credentials!);
    const result = showChart(major, registry.url, STAND_IN_CHART, STAND_IN_VERSION, config);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^version: 1\.0\.0$/m);
  });

  it("never puts the password in the registry's process arguments or config", () => {
    const { pid } = JSON.parse(readFileSync(path.join(dir, "registry.json"), "utf8")) as {
      pid: number;
    };
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    expect(args).toContain("serve");
    expect(args).not.toContain(registry.credentials!.password);
    expect(readFileSync(path.join(dir, "config.yml"), "utf8")).not.toContain(
      registry.credentials!.password,
    );
  });
});

describe("starting and stopping a registry", () => {
  it("stops it and removes its folder; a second start in the same folder reuses a running one", async () => {
    const dir = path.join(work, "lifecycle");
    const first = await startRegistry(dir);
    expect((await startRegistry(dir)).url).toBe(first.url);
    await stopRegistry(dir);
    await expect(fetch(`${first.url}/v2/`)).rejects.toThrow();
    expect(existsSync(dir)).toBe(false);
  });

  it("fails at once, naming docker-registry, when it is missing or exits", async () => {
    const saved = process.env.EASEL_DOCKER_REGISTRY;
    try {
      process.env.EASEL_DOCKER_REGISTRY = path.join(work, "no-such-registry");
      await expect(startRegistry(path.join(work, "missing"))).rejects.toThrow(
        /needs Debian's docker-registry .*apt-get install -y docker-registry/,
      );
      process.env.EASEL_DOCKER_REGISTRY = "/bin/false";
      await expect(startRegistry(path.join(work, "exits"))).rejects.toThrow(
        /docker-registry exited before it answered/,
      );
    } finally {
      if (saved === undefined) delete process.env.EASEL_DOCKER_REGISTRY;
      else process.env.EASEL_DOCKER_REGISTRY = saved;
    }
  });
});
