import { expect, it } from "vitest";

import { HELM_MAJORS, helmBinary } from "@/scripts/helm/helm-binaries";
import { restartApiServer, stopApiServer } from "@/scripts/test-hub/test-hub";
import { testSession } from "@/test/support/helm-session";
import { privateHubForFile } from "@/test/support/hub-lifecycle";
import { STAND_IN_CRDS_VERSION } from "@/test/support/stand-in-charts";

import { upgradeInstall } from "./release-commands";
import { releaseStates } from "./release-reads";

const testHub = privateHubForFile();

it("a stopped hub gives 'unreachable' naming the release, with Helm 3 and 4; after its restart Helm converges", async () => {
  const hub = testHub();
  await stopApiServer(hub.dir);
  for (const major of HELM_MAJORS) {
    const session = await testSession(hub, helmBinary(major));
    await expect(releaseStates(session)).rejects.toMatchObject({
      code: "unreachable",
      message: expect.stringMatching(
        /^Helm could not list the releases in mural-system: the hub or the chart registry cannot be reached \(.*connection refused\)\.$/,
      ),
    });
    await expect(
      upgradeInstall(session, {
        release: "mural-crds",
        version: STAND_IN_CRDS_VERSION,
        timeoutMinutes: 1,
      }),
    ).rejects.toMatchObject({
      code: "unreachable",
      release: "mural-crds",
      isRolledBack: false,
      message: expect.stringMatching(/^Helm could not install or upgrade mural-crds: the hub/),
    });
  }
  await restartApiServer(hub.dir);
  const session = await testSession(hub, helmBinary(3));
  expect(
    await upgradeInstall(session, {
      release: "mural-crds",
      version: STAND_IN_CRDS_VERSION,
      timeoutMinutes: 1,
    }),
  ).toMatchObject({ revision: 1, status: "deployed" });
  expect((await releaseStates(await testSession(hub, helmBinary(4)))).map((s) => s.name)).toEqual([
    "mural-crds",
  ]);
}, 300_000);
