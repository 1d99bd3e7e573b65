// A fresh test hub for the browser tests: whatever an earlier, interrupted run left is removed.
import { startHub, stopHub } from "../scripts/test-hub/test-hub";
import { E2E_HUB_DIR } from "./fixtures/test-hub";

export default async function globalSetup(): Promise<() => Promise<void>> {
  await stopHub(E2E_HUB_DIR);
  await startHub(E2E_HUB_DIR);
  return () => stopHub(E2E_HUB_DIR);
}
