import { describe, expect, it } from "vitest";

import { REQUEST_BODY_LIMIT_BYTES } from "@/lib/security/request-limits.mjs";

import { crossOriginRefusal, readJsonBody } from "./route-request";

const OWN = "127.0.0.1:3000";

function headersOf(entries: Record<string, string>): Headers {
  return new Headers(entries);
}

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`http://${OWN}/api/hub/preflight`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

/** JSON that arrives in `count` chunks of `size` spaces and a 0, with no declared length. */
function streamed(count: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < count) return controller.enqueue(new Uint8Array(size).fill(0x20));
      controller.enqueue(new TextEncoder().encode("0"));
      controller.close();
    },
  });
}

describe("a route request from Easel's own page, as a server action's origin check reads it", () => {
  it("is answered when its Origin names the host it was sent to", () => {
    expect(crossOriginRefusal(headersOf({ origin: `http://${OWN}`, host: OWN }))).toBeUndefined();
    // Behind a proxy that names the browser's host, as Next.js reads it for actions.
    const proxied = { origin: "https://easel.example", host: "10.0.0.2:3000" };
    expect(
      crossOriginRefusal(headersOf({ ...proxied, "x-forwarded-host": "easel.example, proxy" })),
    ).toBeUndefined();
  });

  it("is refused from another origin, without an Origin, or with one that is not a URL", () => {
    for (const origin of ["https://attacker.example", "http://127.0.0.1:3001", "null", "::"]) {
      expect(crossOriginRefusal(headersOf({ origin, host: OWN })), origin).toEqual({
        status: 403,
        problem: "Easel answers this only to its own pages.",
      });
    }
    expect(crossOriginRefusal(headersOf({ host: OWN }))?.status).toBe(403);
    // A forwarded host that is not the origin's wins over a Host that is.
    const forwarded = { origin: `http://${OWN}`, host: OWN, "x-forwarded-host": "other.example" };
    expect(crossOriginRefusal(headersOf(forwarded))?.status).toBe(403);
  });
});

describe("a route request's body, read with the server actions' size limit", () => {
  it("is the JSON sent", async () => {
    expect(await readJsonBody(post(JSON.stringify({ target: "gke", refs: [] })))).toEqual({
      body: { target: "gke", refs: [] },
    });
  });

  it("is refused when it is not JSON, by its type or its text", async () => {
    const form = post("target=gke", { "content-type": "application/x-www-form-urlencoded" });
    expect(await readJsonBody(form)).toMatchObject({ status: 415 });
    expect(await readJsonBody(post("{not json"))).toMatchObject({ status: 400 });
  });

  it("is refused past the limit, by its declared length or by what arrives", async () => {
    const declared = post("{}", { "content-length": String(REQUEST_BODY_LIMIT_BYTES + 1) });
    expect(await readJsonBody(declared)).toMatchObject({ status: 413 });
    const flood = post(streamed(5, 1024 * 1024));
    expect(await readJsonBody(flood)).toMatchObject({ status: 413 });
    expect(await readJsonBody(post(streamed(3, 1024 * 1024)))).toEqual({ body: 0 });
  });
});
