// Plain JavaScript, so next.config.ts (the server actions' limit) and the route handlers share it.

/**
 * The largest request body Easel reads, server actions and route handlers alike: a configuration
 * with embedded logos and an imported values file (at most 1 MiB) must fit.
 */
export const REQUEST_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
