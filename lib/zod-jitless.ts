// zod 4 compiles object parsers with `new Function` unless told not to, and first probes whether
// it may: under Easel's policy (no 'unsafe-eval') that probe is a reported violation on every page.
// Imported first in the browser (instrumentation-client.ts) and on the server (instrumentation.ts),
// before any schema is built: zod decides when it builds an object schema.
//
// zod keeps its settings in `globalThis.__zod_globalConfig` and adopts an object already there
// (zod/v4/core/core.js), so setting it here needs none of zod's code: a page loads zod only with
// its first schema, not with every page (5 kB of gzip the start page never uses).
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;

export {};
