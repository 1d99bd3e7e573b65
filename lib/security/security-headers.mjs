// Plain JavaScript, so Easel's own server (scripts/server/edge.mjs), which Node runs without
// compiling TypeScript, and next.config.ts share one list.

/**
 * Headers on every response Easel sends, build assets and error answers included; the page
 * policy comes from proxy.ts.
 */
export const SECURITY_HEADERS = Object.freeze([
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-read=()",
  },
]);
