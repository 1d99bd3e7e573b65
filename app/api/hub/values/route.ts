import type { NextRequest } from "next/server";

import { hubValuesRoute } from "@/lib/routes/hub-values-route";

/** See `hubValuesRoute`; a POST, so its JSON body never reaches a URL. */
export async function POST(request: NextRequest) {
  return hubValuesRoute(request);
}
