/** Headers on every response Easel sends (see security-headers.mjs). */
export declare const SECURITY_HEADERS: readonly { readonly key: string; readonly value: string }[];
