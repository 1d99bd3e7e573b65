import type { HashRequest, HashResponse } from "./protocol";

/** Thrown to a caller whose request a newer one for the same key replaced before it ran. */
export class SupersededError extends Error {
  constructor() {
    super("superseded by a newer request");
  }
}

type Job = HashRequest & {
  key: string;
  resolve: (hash: string) => void;
  reject: (error: Error) => void;
};

let worker: Worker | undefined;
let running: Job | undefined;
const queue: Job[] = [];
let nextId = 1;

function startWorker(): Worker {
  const created = new Worker(new URL("./hash.worker.ts", import.meta.url), { type: "module" });
  created.onmessage = ({ data }: MessageEvent<HashResponse>) => {
    const job = running;
    running = undefined;
    if (job && job.id === data.id) {
      if ("hash" in data) job.resolve(data.hash);
      else job.reject(new Error(data.error));
    }
    runNext();
  };
  return created;
}

function runNext(): void {
  if (running) return;
  running = queue.shift();
  if (!running) return;
  worker ??= startWorker();
  worker.postMessage({
    id: running.id,
    password: running.password,
    cost: running.cost,
  } satisfies HashRequest);
}

/**
 * Hashes `password` in a Web Worker. Jobs run one at a time; a new job for the same `key` (one
 * password field) replaces that key's job still waiting, so typing never queues stale work.
 */
export function hashInWorker(key: string, password: string, cost: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const waiting = queue.findIndex((job) => job.key === key);
    if (waiting !== -1) queue.splice(waiting, 1)[0]?.reject(new SupersededError());
    queue.push({ id: nextId++, key, password, cost, resolve, reject });
    runNext();
  });
}
