// Serves Easel's production build through Next.js's programmatic server inside Node's own HTTP
// server, so Easel's edge (edge.mjs) runs before Next.js on every request: `next start` would pass
// a client's own X-Forwarded-For through as the client's address and answer some errors without
// Easel's headers.
import { createServer } from "node:http";
import next from "next";

import { answerClientError, edgeHandler } from "./edge.mjs";

/**
 * Starts Easel on `host`:`port` and resolves once it listens.
 * @param {{ root: string; host: string; port: number }} options
 * @returns {Promise<import("node:http").Server>}
 */
export async function serve({ root, host, port }) {
  const app = next({ dev: false, dir: root, hostname: host, port });
  await app.prepare();
  const server = createServer(edgeHandler(app.getRequestHandler()));
  server.on("clientError", answerClientError);
  // CONNECT opens a tunnel, which Easel never offers; without a listener Node closes the socket.
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  return server;
}
