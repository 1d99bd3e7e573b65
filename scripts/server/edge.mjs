// What Easel's server does with every request before Next.js sees it: who the peer is, the
// security headers, and the answers Next.js should never have to give (TRACE, an undecodable URL,
// a request Node could not parse). Plain JavaScript: `npm start` runs it with Node alone.
import { STATUS_CODES } from "node:http";

import { SECURITY_HEADERS } from "../../lib/security/security-headers.mjs";

/**
 * The header the server reads the connection's peer from (lib/server/client-address.ts reads the
 * same name). Any copy a client sends is removed first, so only this server can set it.
 */
export const PEER_HEADER = "x-easel-peer";

/** Methods that echo a request back; nothing in Easel answers them. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK"]);
const ALLOWED_METHODS = "GET, HEAD, POST";

/** Easel's own short answers carry no document, so they allow nothing at all. */
const PLAIN_ANSWER_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The request's headers with every client copy of the peer header replaced by the real peer. */
function setPeer(req) {
  delete req.headers[PEER_HEADER];
  const raw = [];
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    if (req.rawHeaders[index].toLowerCase() === PEER_HEADER) continue;
    raw.push(req.rawHeaders[index], req.rawHeaders[index + 1]);
  }
  const peer = req.socket.remoteAddress;
  if (peer) {
    req.headers[PEER_HEADER] = peer;
    raw.push(PEER_HEADER, peer);
  }
  req.rawHeaders = raw;
}

/** Whether Next.js could decode the request's path (`/targets/%E0%A4%A` it cannot). */
function hasDecodablePath(url) {
  try {
    decodeURIComponent(new URL(url ?? "/", "http://easel.invalid").pathname);
    return true;
  } catch {
    return false;
  }
}

/** A short plain-text answer of Easel's own, with the security headers already set on `res`. */
function answer(res, status, text, extraHeaders = {}) {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Content-Security-Policy", PLAIN_ANSWER_POLICY);
  res.setHeader("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  res.end(`${text}\n`);
}

/**
 * Wraps Next.js's request handler: sets the peer header and the security headers on every
 * request, answers TRACE/TRACK with 405 and an undecodable path with 400 itself, and answers 500
 * (headers included) if Next.js fails without answering.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handle
 */
export function edgeHandler(handle) {
  return async (req, res) => {
    setPeer(req);
    for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
    if (REFUSED_METHODS.has(req.method ?? "")) {
      answer(res, 405, "Method not allowed.", { Allow: ALLOWED_METHODS });
      return;
    }
    if (!hasDecodablePath(req.url)) {
      answer(res, 400, "Bad request: the address is not valid.");
      return;
    }
    try {
      await handle(req, res);
    } catch {
      // Nothing of the failure is written: it could quote what the request carried.
      if (!res.headersSent) answer(res, 500, "Easel could not answer this request.");
      else res.destroy();
    }
  };
}

/** Node's parser errors Easel answers other than with 400 (`ECONNRESET` is not answered at all). */
const CLIENT_ERROR_STATUS = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  // A method Node does not know, TRACK among them: refused as TRACE is.
  HPE_INVALID_METHOD: 405,
};

/**
 * Answers a request Node could not parse (Node's own answer would carry no security header):
 * 431 for oversized headers, 408 for a request that took too long, 405 for an unknown method,
 * 400 otherwise.
 * @param {Error & { code?: string }} error
 * @param {import("node:stream").Duplex} socket
 */
export function answerClientError(error, socket) {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = CLIENT_ERROR_STATUS[error.code ?? ""] ?? 400;
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...SECURITY_HEADERS.map(({ key, value }) => `${key}: ${value}`),
    `Content-Security-Policy: ${PLAIN_ANSWER_POLICY}`,
    ...(status === 405 ? [`Allow: ${ALLOWED_METHODS}`] : []),
    "Content-Length: 0",
    "Connection: close",
  ];
  socket.end(`${headers.join("\r\n")}\r\n\r\n`);
}
