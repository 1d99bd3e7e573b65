import { afterEach, describe, expect, it, vi } from "vitest";

import { serverSettings } from "@/lib/server/settings";
import { HELM_MAJORS } from "@/scripts/helm/helm-binaries";
import { chartRegistry } from "@/test/support/chart-registry";
import { recordingHelm } from "@/test/support/helm-recorder";
import { RELEASE_NAMESPACE } from "@/test/support/helm-session";
import { STAND_IN_SETTINGS_CONFIGMAP, STAND_IN_VERSION } from "@/test/support/stand-in-charts";

import { findHelm } from "./find-helm";
import type { HelmSession } from "./helm-session";
import { renderForInstall, renderForPreview, type RenderRequest } from "./reviewed-renders";

/** `helm template` reads no cluster: a kubeconfig naming a closed port proves it. */
const NO_HUB = JSON.stringify({
  apiVersion: "v1",
  kind: "Config",
  clusters: [{ name: "none", cluster: { server: "https://127.0.0.1:9" } }],
  users: [{ name: "none", user: { token: "unused" } }],
  contexts: [{ name: "none", context: { cluster: "none", user: "none" } }],
  "current-context": "none",
});

/** A first install's render of `mural` at `domain`. */
function requestAt(domain: string): RenderRequest {
  const valuesText = `global:\n  dns:\n    domain: ${domain}\n`;
  return { release: "mural", version: STAND_IN_VERSION, valuesText, isUpgrade: false };
}

describe.each(HELM_MAJORS)("Helm %i: the install's checks reuse the reviewed render", (major) => {
  const recorder = recordingHelm(major);
  const renders = () => recorder.calls().filter((args) => args[0] === "template").length;

  async function session(): Promise<HelmSession> {
    const helm = await findHelm({ ...serverSettings({}), helmPath: recorder.path });
    if (!helm.isAvailable) throw new Error(helm.problem);
    const source = { registry: chartRegistry().repository, isPlainHttp: true };
    return { helm, kubeconfig: NO_HUB, namespace: RELEASE_NAMESPACE, source, secrets: [] };
  }

  it("renders once for a preview then its install, again for other values or an upgrade", async () => {
    const on = await session();
    const request = requestAt(`reviewed-${major}.example.test`);
    const previewed = await renderForPreview(on, request);
    expect(previewed).toContain(`name: ${STAND_IN_SETTINGS_CONFIGMAP}`);
    expect(previewed).toContain(`reviewed-${major}.example.test`);
    const before = renders();
    expect(await renderForInstall(on, request)).toBe(previewed);
    expect(renders()).toBe(before);

    const edited = requestAt(`edited-${major}.example.test`);
    expect(await renderForInstall(on, edited)).toContain(`edited-${major}.example.test`);
    expect(renders()).toBe(before + 1);
    await renderForInstall(on, { ...request, isUpgrade: true });
    expect(renders()).toBe(before + 2);
  }, 60_000);

  afterEach(() => {
    vi.useRealTimers();
  });

  it("renders again for an install started long after its preview", async () => {
    const on = await session();
    const request = requestAt(`late-${major}.example.test`);
    await renderForPreview(on, request);
    const before = renders();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 11 * 60_000 });
    await renderForInstall(on, request);
    expect(renders()).toBe(before + 1);
  }, 60_000);

  it("renders again for a preview, even of the same values", async () => {
    const on = await session();
    const request = requestAt(`again-${major}.example.test`);
    await renderForPreview(on, request);
    const before = renders();
    await renderForPreview(on, request);
    expect(renders()).toBe(before + 1);
  }, 60_000);
});
