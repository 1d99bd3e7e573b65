// Vitest and Playwright: build the test hub's binaries once, before any test file starts a hub,
// so parallel test files never build at the same time.
import { ensureHubBinaries } from "./test-hub";

export default function setup(): void {
  ensureHubBinaries();
}
