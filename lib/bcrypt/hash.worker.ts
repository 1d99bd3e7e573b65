import { hashPassword } from "./hash";
import type { HashRequest, HashResponse } from "./protocol";

type WorkerScope = {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: HashResponse): void;
};

// bcrypt at cost 12 takes hundreds of milliseconds: here it cannot freeze the page.
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage({ id: data.id, hash: await hashPassword(data.password, data.cost) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? error.message : "hashing failed",
    });
  }
};
