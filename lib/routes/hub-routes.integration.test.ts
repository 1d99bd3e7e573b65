import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { HubPreflightAnswer, HubStatus } from "@/lib/hub/hub-reads";
import { REQUEST_BODY_LIMIT_BYTES } from "@/lib/security/request-limits.mjs";
import { HUB_SESSION_COOKIE, sessionProof } from "@/lib/server/access";
import { privateHubForFile } from "@/test/support/hub-lifecycle";

import { hubHelmRoute } from "./hub-helm-route";
import { hubStatusRoute } from "./hub-status-route";
import { hubValuesRoute } from "./hub-values-route";
import { preflightRoute } from "./preflight-route";

const testHub = privateHubForFile();

const OWN = "127.0.0.1:3000";
const TOKEN = "a-long-enough-operator-token";
const PREFLIGHT_BODY = JSON.stringify({ target: "gke", refs: [] });

/** A request as the page sends one, with `change` to its headers or body. */
function post(
  path: string,
  change: { headers?: Record<string, string>; body?: string } = {},
): NextRequest {
  return new NextRequest(`http://${OWN}${path}`, {
    method: "POST",
    headers: {
      host: OWN,
      origin: `http://${OWN}`,
      "content-type": "application/json",
      ...change.headers,
    },
    body: change.body ?? PREFLIGHT_BODY,
  });
}

/** The status, the JSON and the cache header of a route's answer. */
async function answerOf(response: Response) {
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>,
    cacheControl: response.headers.get("cache-control"),
  };
}

const SAVED = { ...process.env };
beforeEach(() => {
  process.env.EASEL_CLUSTER_FEATURES = "on";
  process.env.EASEL_LISTEN_HOST = "127.0.0.1";
  process.env.EASEL_HUB_KUBECONFIG = testHub().kubeconfigs.admin;
  delete process.env.EASEL_ACCESS_TOKEN;
  delete process.env.EASEL_ALLOWED_NAMESPACES;
});
afterEach(() => {
  process.env = { ...SAVED };
});

describe("the hub's reads as route handlers, checked as actions are", () => {
  it("answer Easel's own page, never stored, preflight with the hub connection's id", async () => {
    const preflight = await answerOf(await preflightRoute(post("/api/hub/preflight")));
    expect(preflight.status).toBe(200);
    expect(preflight.cacheControl).toContain("no-store");
    const answer = preflight.json as HubPreflightAnswer;
    expect(answer.isReachable).toBe(true);
    const status = await answerOf(await hubStatusRoute(post("/api/hub/status", { body: "{}" })));
    expect(status.json).toEqual({ access: "allowed", hubId: answer.hubId });
    // Opaque: neither the server's address nor its port is in it.
    expect(answer.hubId).toMatch(/^[\w-]{22}$/);
    expect(answer.hubId).not.toContain(new URL(testHub().server).port);
  });

  it("refuse another origin and a request without one", async () => {
    for (const headers of [{ origin: "https://attacker.example" }, { origin: "" }]) {
      for (const route of [preflightRoute, hubStatusRoute, hubValuesRoute, hubHelmRoute]) {
        const refused = await answerOf(await route(post("/api/hub/preflight", { headers })));
        expect(refused.status).toBe(403);
        expect(refused.json).toEqual({ problem: "Easel answers this only to its own pages." });
      }
    }
  });

  it("refuse a page opened by another name (DNS rebinding) when Easel has no access token", async () => {
    const rebound = "attacker.example:3000";
    const headers = { host: rebound, origin: `http://${rebound}` };
    const refused = await answerOf(await preflightRoute(post("/api/hub/preflight", { headers })));
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({
      problem:
        "Cluster actions answer only pages opened at localhost or 127.0.0.1 when Easel has no access token.",
      isRefused: true,
    });
    const status = await answerOf(await hubStatusRoute(post("/api/hub/status", { headers })));
    expect(status.json).toEqual({ access: "misconfigured", message: refused.json.problem });
  });

  it("refuse a session without the access token, or with a wrong proof of it", async () => {
    process.env.EASEL_ACCESS_TOKEN = TOKEN;
    process.env.EASEL_LISTEN_HOST = "0.0.0.0";
    const withCookie = (value: string) => ({ cookie: `${HUB_SESSION_COOKIE}=${value}` });
    for (const headers of [
      {},
      withCookie(sessionProof("another-long-operator-token")),
      withCookie(TOKEN),
    ]) {
      for (const route of [preflightRoute, hubValuesRoute, hubHelmRoute]) {
        const refused = await answerOf(await route(post("/api/hub/values", { headers })));
        expect(refused.status).toBe(403);
        expect(refused.json).toEqual({
          problem: "Enter the access token first: cluster actions on this Easel server need it.",
          isRefused: true,
        });
      }
      const status = await answerOf(await hubStatusRoute(post("/api/hub/status", { headers })));
      expect(status.json).toEqual({ access: "token-required" });
    }
    const session = { headers: withCookie(sessionProof(TOKEN)) };
    expect((await preflightRoute(post("/api/hub/preflight", session))).status).toBe(200);
  });

  it("refuse a body larger than an action's, and one the shared schema refuses", async () => {
    const padding = "x".repeat(REQUEST_BODY_LIMIT_BYTES);
    const oversized = await answerOf(
      await preflightRoute(post("/api/hub/preflight", { body: JSON.stringify({ padding }) })),
    );
    expect(oversized.status).toBe(413);
    expect(oversized.json).toEqual({ problem: "The request is larger than the 4 MB Easel reads." });
    const invalid = await answerOf(
      await preflightRoute(post("/api/hub/preflight", { body: '{"target":"gke","refs":"all"}' })),
    );
    expect(invalid.status).toBe(400);
    expect(invalid.json.problem).toMatch(/^The server refused the configuration: refs: /);
  });

  it("say why load from cluster has nothing to load, as the action did", async () => {
    const empty = await answerOf(await hubValuesRoute(post("/api/hub/values", { body: "{}" })));
    expect(empty.status).toBe(502);
    expect(empty.json.problem).toMatch(/^Easel has not applied values to this hub yet/);
  });

  it("name another hub connection by another id", async () => {
    const first = (await (await hubStatusRoute(post("/api/hub/status"))).json()) as HubStatus;
    process.env.EASEL_HUB_KUBECONFIG = testHub().kubeconfigs.restricted;
    const second = (await (await hubStatusRoute(post("/api/hub/status"))).json()) as HubStatus;
    expect(first.hubId).toBeDefined();
    expect(second.hubId).toBeDefined();
    expect(second.hubId).not.toBe(first.hubId);
  });
});
