import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RegistryCredentials } from "@/lib/hub/helm-release";
import { HELM_MAJORS } from "@/scripts/helm/helm-binaries";
import {
  startRegistry,
  stopRegistry,
  type TestRegistry,
} from "@/scripts/test-registry/test-registry";
import { recordingHelm } from "@/test/support/helm-recorder";
import { testSession } from "@/test/support/helm-session";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import {
  publishStandInCharts,
  STAND_IN_CRD_NAME,
  STAND_IN_CRDS_VERSION,
  standInRepository,
} from "@/test/support/stand-in-charts";

import type { HelmSession } from "./helm-session";
import { renderRelease } from "./render-release";

const testHub = privateHubForFile();
let registry: TestRegistry | undefined;

beforeAll(async () => {
  registry = await startRegistry(mkdtempSync(path.join(tmpdir(), "easel-auth-registry-")), {
    auth: true,
  });
  publishStandInCharts(registry.url, { credentials: registry.credentials });
}, 120_000);

afterAll(async () => {
  if (registry) await stopRegistry(registry.dir);
});

function login(): RegistryCredentials {
  if (!registry?.credentials) throw new Error("The authenticated registry did not start.");
  return registry.credentials;
}

describe.each(HELM_MAJORS)("Helm %i with a registry that requires a login", (major) => {
  const recorder = recordingHelm(major);

  async function session(credentials?: RegistryCredentials): Promise<HelmSession> {
    const base = await testSession(testHub(), recorder.path);
    const source = { registry: standInRepository(registry?.url ?? ""), isPlainHttp: true };
    return { ...base, source, credentials };
  }

  const render = async (credentials?: RegistryCredentials) =>
    renderRelease(await session(credentials), {
      release: "mural-crds",
      version: STAND_IN_CRDS_VERSION,
    });

  it("pulls with the credentials in a temporary registry config", async () => {
    expect(await render(login())).toContain(`name: ${STAND_IN_CRD_NAME}`);
  }, 60_000);

  it("without them, or with a wrong password, is refused as unauthorized naming the release", async () => {
    const wrong = { username: login().username, password: "wrong-password-5f3a" };
    for (const credentials of [undefined, wrong]) {
      const failure = await render(credentials).catch((error: unknown) => error);
      expect(failure).toMatchObject({
        code: "unauthorized",
        release: "mural-crds",
        message: expect.stringMatching(
          /^Helm could not render mural-crds 0\.6\.0: the hub or the chart registry did not accept the credentials/,
        ),
      });
      expect((failure as Error).message).not.toContain(wrong.password);
    }
  }, 60_000);

  it("never puts the password or the login's base64 in an argument", () => {
    const { username, password } = login();
    const forms = [password, Buffer.from(`${username}:${password}`).toString("base64")];
    const calls = recorder.calls();
    expect(calls.some((args) => args.includes("--registry-config"))).toBe(true);
    for (const argument of calls.flat()) {
      for (const form of [...forms, "wrong-password-5f3a"]) expect(argument).not.toContain(form);
    }
  });
});
