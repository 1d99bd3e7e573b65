import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM, CHROMIUM_ARGS } from "./e2e/fixtures/chromium";
import { E2E_HELM } from "./e2e/fixtures/helm";
import {
  E2E_ACCESS_TOKEN,
  E2E_HUB_KUBECONFIG,
  E2E_NETWORK_PORT,
  E2E_NETWORK_SERVER_LOG,
  E2E_PORT,
  E2E_SERVER_LOG,
} from "./e2e/fixtures/test-hub";

const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The namespaces the browser tests write to: every e2e apply runs inside this allow-list. */
const E2E_ALLOWED_NAMESPACES = "mural-system,primary-dev";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".easel/reports/e2e.json" }]],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    // Video needs a downloaded ffmpeg, which these machines cannot fetch; traces cover failures.
    video: "off",
    screenshot: "only-on-failure",
    acceptDownloads: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 1000 },
        launchOptions: {
          executablePath: CHROMIUM,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  globalSetup: "./e2e/global-setup.ts",
  // Started in order: the first builds Easel when needed, the second reuses that build.
  webServer: [
    {
      // Its whole output goes to a file the secrets test reads.
      command: `mkdir -p .easel && node scripts/start.mjs > ${E2E_SERVER_LOG} 2>&1`,
      url: BASE_URL,
      env: {
        PORT: String(E2E_PORT),
        HOST: "127.0.0.1",
        EASEL_CLUSTER_FEATURES: "on",
        // Written by the global setup, which runs after the servers start; read on each action.
        EASEL_HUB_KUBECONFIG: E2E_HUB_KUBECONFIG,
        EASEL_ALLOWED_NAMESPACES: E2E_ALLOWED_NAMESPACES,
      },
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `mkdir -p .easel && node scripts/start.mjs > ${E2E_NETWORK_SERVER_LOG} 2>&1`,
      url: `http://127.0.0.1:${E2E_NETWORK_PORT}`,
      env: {
        PORT: String(E2E_NETWORK_PORT),
        HOST: "0.0.0.0",
        EASEL_CLUSTER_FEATURES: "on",
        EASEL_HUB_KUBECONFIG: E2E_HUB_KUBECONFIG,
        EASEL_ACCESS_TOKEN: E2E_ACCESS_TOKEN,
        EASEL_ALLOWED_NAMESPACES: E2E_ALLOWED_NAMESPACES,
        // Helm only here: the loopback server stays a server without Helm (Plan and Apply), as
        // e2e/hub.spec.ts checks; e2e/helm-install.spec.ts installs through this one. The global
        // setup unpacks it before any test runs, and the server looks for Helm on each request.
        EASEL_HELM: E2E_HELM,
      },
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
