import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SECURITY_HEADERS } from "@/lib/security/security-headers.mjs";
import { PEER_HEADER as SERVER_PEER_HEADER } from "@/lib/server/client-address";

import { answerClientError, edgeHandler, PEER_HEADER } from "./edge.mjs";

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

let server: Server;
let port: number;

/** What the stand-in for Next.js saw: the peer header and every raw header line naming it. */
function echoPeer(
  req: Parameters<Parameters<typeof edgeHandler>[0]>[0],
  res: { end: (text: string) => void },
) {
  const raw = req.rawHeaders.filter(
    (_, index) => index % 2 === 0 && req.rawHeaders[index]?.toLowerCase() === PEER_HEADER,
  );
  res.end(JSON.stringify({ peer: req.headers[PEER_HEADER], rawCopies: raw.length }));
}

beforeAll(async () => {
  server = createServer(
    edgeHandler(async (req, res) => {
      if (req.url === "/fail") throw new Error("secret-looking detail");
      echoPeer(req, res);
    }),
  );
  server.on("clientError", answerClientError);
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false, ...options }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Writes `text` on a fresh connection and returns all the server wrote back. */
function sendRaw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

function expectSecurityHeaders(headers: IncomingHttpHeaders) {
  for (const { key, value } of SECURITY_HEADERS)
    expect(headers[key.toLowerCase()], key).toBe(value);
}

describe("Easel's server edge", () => {
  it("names the header the server reads", () => {
    expect(PEER_HEADER).toBe(SERVER_PEER_HEADER);
  });

  it("sets the peer header from the connection, whatever copies the client sent", async () => {
    const answer = await send("/", {
      localAddress: "127.0.0.2",
      headers: { [PEER_HEADER]: "203.0.113.9", "X-Easel-Peer": "203.0.113.10" },
    });
    expect(JSON.parse(answer.body)).toEqual({ peer: "127.0.0.2", rawCopies: 1 });
    expectSecurityHeaders(answer.headers);
  });

  it("answers TRACE and TRACK with 405, and an undecodable path with 400, before Next.js", async () => {
    for (const method of ["TRACE", "TRACK"]) {
      const answer = await send("/", { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD, POST");
      expectSecurityHeaders(answer.headers);
    }
    const malformed = await send("/targets/%E0%A4%A");
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed.headers);
    expect(malformed.headers["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it("answers 500 with the headers, and nothing of the failure, when Next.js throws", async () => {
    const answer = await send("/fail");
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain("secret-looking");
    expectSecurityHeaders(answer.headers);
  });

  it("answers a request Node cannot parse itself, with the headers", async () => {
    const answer = await sendRaw("GET / HTTP/1.1\r\nnot a header line\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    for (const { key, value } of SECURITY_HEADERS) expect(answer).toContain(`${key}: ${value}\r\n`);
    const oversized = await sendRaw(
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(oversized).toMatch(/^HTTP\/1\.1 431 /);
    expect(oversized).toContain("X-Frame-Options: DENY\r\n");
  });
});
