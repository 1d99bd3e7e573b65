/** A message from the page to the hashing worker. */
export type HashRequest = { id: number; password: string; cost: number };

/** The worker's answer to the request with the same id. */
export type HashResponse = { id: number; hash: string } | { id: number; error: string };
