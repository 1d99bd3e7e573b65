/** The largest request body Easel reads (see request-limits.mjs). */
export declare const REQUEST_BODY_LIMIT_BYTES: number;
