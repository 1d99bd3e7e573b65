import { builtinModules } from "node:module";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Folders whose modules run only on the server (each starts with `import "server-only"`). */
const SERVER_FOLDERS = ["lib/server/**", "lib/k8s/**", "lib/helm/**", "lib/actions/**"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

/** Test and script code: the app must run without it, and it may pull in Node, Vitest or Playwright. */
const TEST_AND_SCRIPT_IMPORTS = {
  group: ["@/test/*", "@/scripts/*", "@/e2e/*", "**/test/support/**", "**/scripts/**", "**/e2e/**"],
  message: "The app's code must not depend on test or script code: move what both need into lib/.",
};
const TEST_LIBRARIES = {
  group: ["vitest", "vitest/*", "@playwright/test", "playwright-core", "fast-check"],
  message: "Test libraries belong in tests and test/support/, never in the app.",
};
const NODE_BUILTINS = {
  group: ["node:*"],
  message:
    'Node\'s modules exist only on the server: use them in lib/server, lib/k8s, lib/helm or lib/actions, which start with `import "server-only"`.',
};

/** Node's modules by their bare names (`fs`), matched exactly: as patterns, `constants` would match `./constants`. */
const NODE_BUILTIN_NAMES = builtinModules
  .filter((name) => !name.startsWith("_"))
  .map((name) => ({ name, message: NODE_BUILTINS.message }));

/**
 * The server's layers, each importing only the layers below it (type-only imports too, which a
 * reader follows all the same): lib/actions and lib/routes (the boundaries: actions make an
 * ActionResult, routes an HTTP answer), then lib/k8s (the hub connection and what runs on it),
 * then lib/helm (the admin's Helm binary, run against that hub), then lib/server (settings, access,
 * request checks), then lib/hub (what browser and server share).
 */
const LAYERS = {
  "lib/actions": ["routes"],
  "lib/routes": ["actions"],
  "lib/k8s": ["actions", "routes"],
  "lib/helm": ["actions", "routes", "k8s"],
  "lib/server": ["actions", "routes", "k8s", "helm"],
  "lib/hub": ["actions", "routes", "k8s", "helm", "server"],
};

const layerRules = Object.entries(LAYERS).map(([folder, above]) => ({
  files: [`${folder}/**`],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: above.flatMap((layer) => [`@/lib/${layer}/*`, `../${layer}/*`]),
            message: `${folder} may not import ${above.map((layer) => `lib/${layer}`).join(", ")}: the server's layers import only downwards (see LAYERS in eslint.config.mjs).`,
          },
        ],
      },
    ],
  },
}));

/**
 * Target ids, as the catalog (`lib/targets/catalog.ts`) lists them. Outside `lib/targets/`, code
 * asks a target's module what differs instead of asking which target it has.
 */
const TARGET_ID = "/^(gke|eks|aws-iaas|kubernetes|appliance)$/";
const ASK_THE_MODULE =
  "Ask the target's module (lib/targets/target-module.ts) instead of branching on a target id: what differs per target is a member of its module. A string that only looks like one (the Dex client `kubernetes`) is compared through its named constant, such as DEX_STATIC_CLIENT_IDS.kubernetes.";
const EQUALITY = "BinaryExpression[operator=/^[!=]==?$/]";
/** `.target` or `.id` of anything, compared with a non-empty string: a target id in all but name. */
const MEMBER_AGAINST_LITERAL = (side, other) =>
  `${EQUALITY}[${side}.type="MemberExpression"][${side}.property.name=/^(target|id)$/][${other}.type="Literal"][${other}.value=/./][${other}.value!=${TARGET_ID}]`;
const TARGET_BRANCHES = [
  `${EQUALITY} > Literal[value=${TARGET_ID}]`,
  `SwitchCase > Literal.test[value=${TARGET_ID}]`,
  'SwitchStatement[discriminant.type="MemberExpression"][discriminant.property.name="target"]',
  MEMBER_AGAINST_LITERAL("left", "right"),
  MEMBER_AGAINST_LITERAL("right", "left"),
].map((selector) => ({ selector, message: ASK_THE_MODULE }));

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading "_" marks a value left out on purpose, as in `const { a: _a, ...rest } = x`.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: [...TESTS, ...SERVER_FOLDERS],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_BUILTIN_NAMES,
          patterns: [TEST_AND_SCRIPT_IMPORTS, TEST_LIBRARIES, NODE_BUILTINS],
        },
      ],
    },
  },
  {
    files: SERVER_FOLDERS,
    ignores: TESTS,
    rules: {
      "no-restricted-imports": ["error", { patterns: [TEST_AND_SCRIPT_IMPORTS, TEST_LIBRARIES] }],
    },
  },
  ...layerRules,
  {
    // Tests are left out: a test that names a target states what that target does, and the
    // tests that cover every target run over the catalog's TARGET_IDS.
    files: ["app/**", "components/**", "lib/**", "scripts/**"],
    ignores: [...TESTS, "lib/targets/**"],
    rules: { "no-restricted-syntax": ["error", ...TARGET_BRANCHES] },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
