/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next
 * puts it on its own scripts) or when loaded by such a script ('strict-dynamic'); nothing comes
 * from another origin; no page can be framed. Logos are embedded as data: URIs and downloads are
 * blob: URLs, so images allow both.
 */
export function contentSecurityPolicy({
  nonce,
  development,
}: {
  nonce: string;
  development: boolean;
}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build reconstructs server errors with eval; production never needs it.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"].concat(
      development ? ["'unsafe-eval'"] : [],
    ),
    // Development injects styles at run time for fast refresh; production links its CSS files.
    "style-src": ["'self'"].concat(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`]),
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
