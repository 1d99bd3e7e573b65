import type { NextConfig } from "next";

import { SECURITY_HEADERS } from "./lib/security/security-headers.mjs";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Kubernetes client runs only on the server, as Node loads it; bundling it gains nothing.
  serverExternalPackages: ["@kubernetes/client-node"],
  experimental: {
    // A configuration with embedded logos and an imported values file (at most 1 MiB) must fit.
    serverActions: { bodySizeLimit: "4mb" },
  },
  // Easel's own server (scripts/server/edge.mjs) sets them first; this covers `next dev` too.
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
