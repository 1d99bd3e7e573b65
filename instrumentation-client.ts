// Runs in the browser before any of Easel's own code, so before any zod schema is built.
import "@/lib/zod-jitless";
