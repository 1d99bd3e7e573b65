import type { NextRequest } from "next/server";

import { hubHelmRoute } from "@/lib/routes/hub-helm-route";

/** See `hubHelmRoute`; a POST, as every hub read, so nothing of it reaches a URL. */
export async function POST(request: NextRequest) {
  return hubHelmRoute(request);
}
