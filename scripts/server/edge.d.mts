import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

export declare const PEER_HEADER: string;

export declare function edgeHandler(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export declare function answerClientError(error: Error & { code?: string }, socket: Duplex): void;
