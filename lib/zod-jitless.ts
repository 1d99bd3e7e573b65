import { config } from "zod/v4/core";

// zod 4 compiles object parsers with `new Function` unless told not to, and first probes whether
// it may: under Easel's policy (no 'unsafe-eval') that probe is a reported violation on every page.
// Imported first in the browser (instrumentation-client.ts) and on the server (instrumentation.ts),
// before any schema is built: zod decides when it builds an object schema.
config({ jitless: true });
