import type { NextRequest } from "next/server";

import { preflightRoute } from "@/lib/routes/preflight-route";

/** See `preflightRoute`; a POST, so its JSON body never reaches a URL. */
export async function POST(request: NextRequest) {
  return preflightRoute(request);
}
