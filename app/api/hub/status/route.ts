import type { NextRequest } from "next/server";

import { hubStatusRoute } from "@/lib/routes/hub-status-route";

/** See `hubStatusRoute`; a POST, so its JSON body never reaches a URL. */
export async function POST(request: NextRequest) {
  return hubStatusRoute(request);
}
