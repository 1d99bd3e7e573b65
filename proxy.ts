import { NextResponse, type NextRequest } from "next/server";

import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

/** Every page gets a policy with a nonce of its own; Next reads it from the request to sign its scripts. */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Hashed build assets carry no document; everything else, actions and the hub's read routes
  // (JSON, which a policy does not hurt) included, gets the policy.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
