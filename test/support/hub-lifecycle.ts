import { afterAll, beforeAll } from "vitest";

import { stopHub, type TestHub } from "@/scripts/test-hub/test-hub";

import { HUB_START_TIMEOUT_MS, startPrivateHub } from "./hub";

/** A private hub for the tests of one file: started before them, stopped after. */
export function privateHubForFile(): () => TestHub {
  let hub: TestHub | undefined;
  beforeAll(async () => {
    hub = await startPrivateHub();
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    if (hub) await stopHub(hub.dir);
  });
  return () => {
    if (!hub) throw new Error("The test hub did not start.");
    return hub;
  };
}
