import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Server modules refuse to load outside a React server; the tests run them directly.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
      // Components are checked by rendering them to markup, without a browser.
      "components/**/*.test.tsx",
    ],
    environment: "node",
    // Speed budgets live in `npm run bench`; a test's timeout only has to catch a hang, and a busy
    // 2-core machine makes the default 5 s fail tests that are right.
    testTimeout: 30_000,
    globalSetup: [
      "scripts/test-hub/global-setup.ts",
      "scripts/helm/global-setup.ts",
      "scripts/test-registry/global-setup.ts",
    ],
  },
});
