import "server-only";

import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";

import type { HubReadRefusal } from "@/lib/hub/hub-reads";
import type { HubConnection } from "@/lib/k8s/client";
import { runHubOperation } from "@/lib/k8s/hub-operation";
import { refusalOf, type HubRefusalReason } from "@/lib/k8s/hub-refusal";
import { hubAccessOf } from "@/lib/server/request-access";
import { crossOriginRefusal, readJsonBody } from "@/lib/server/route-request";
import { serverSettings, type ServerSettings } from "@/lib/server/settings";

/** A route's JSON answer: never stored, since it may hold what the hub holds. */
export function routeAnswer<T>(body: T, status = 200): NextResponse<T> {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

function refusalAnswer(refusal: HubReadRefusal, status: number): NextResponse<HubReadRefusal> {
  return routeAnswer(refusal, status);
}

const STATUS_OF: Record<HubRefusalReason, number> = { access: 403, input: 400, hub: 502 };

/**
 * A route request's body, once the request proved it comes from Easel's own page (the origin
 * check of server actions) and fits their size limit; otherwise the refusal to answer with.
 */
export async function checkedBody(
  request: Request,
): Promise<{ body: unknown } | { refusal: NextResponse }> {
  const crossOrigin = crossOriginRefusal(request.headers);
  const read = crossOrigin ?? (await readJsonBody(request));
  return "body" in read ? read : { refusal: refusalAnswer({ problem: read.problem }, read.status) };
}

/**
 * A hub read as a route handler, checked as an action is, in the same order: the origin and the
 * body's size, then the browser session's access, the shared schema, the connection, the work
 * (see `runHubOperation`). Its data is the answer; a refusal is a sentence with a status.
 */
export function defineHubRoute<S extends z.ZodType, T>(
  schema: S,
  work: (input: z.infer<S>, connection: HubConnection, settings: ServerSettings) => Promise<T>,
): (request: NextRequest) => Promise<NextResponse> {
  return async (request) => {
    const checked = await checkedBody(request);
    if ("refusal" in checked) return checked.refusal;
    const settings = serverSettings();
    try {
      const access = hubAccessOf(settings, request);
      const data = await runHubOperation(
        settings,
        access,
        schema,
        checked.body,
        (input, connection) => work(input, connection, settings),
      );
      return routeAnswer(data);
    } catch (error) {
      const refusal = refusalOf(error);
      return refusalAnswer(
        { problem: refusal.message, ...(refusal.reason === "access" ? { isRefused: true } : {}) },
        STATUS_OF[refusal.reason],
      );
    }
  };
}
