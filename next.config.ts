import type { NextConfig } from "next";

import { REQUEST_BODY_LIMIT_BYTES } from "./lib/security/request-limits.mjs";
import { SECURITY_HEADERS } from "./lib/security/security-headers.mjs";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Kubernetes client runs only on the server, as Node loads it; bundling it gains nothing.
  serverExternalPackages: ["@kubernetes/client-node"],
  experimental: {
    // The same limit as the hub's route handlers: see request-limits.mjs.
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT_BYTES },
  },
  // Easel's own server (scripts/server/edge.mjs) sets them first; this covers `next dev` too.
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
