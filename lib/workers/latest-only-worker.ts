/** Thrown to a caller whose request a newer one replaced before it ran. */
export class SupersededError extends Error {
  constructor() {
    super("superseded by a newer request");
  }
}

/** What a worker's answer to one request is: its result, or the reason it has none. */
export type WorkerAnswer<Output> = { id: number; output: Output } | { id: number; error: string };

export type LatestOnlyWorker<Input, Output> = {
  /** Starts the worker; called at the first request. */
  start: () => Worker;
  /** The message (and what it transfers) that asks the worker for `input` as request `id`. */
  message: (input: Input, id: number) => { message: unknown; transfer?: Transferable[] };
  /** Where the page cannot run the worker (or it failed to load): the same work in place. */
  inPlace: (input: Input) => Promise<Output>;
  /**
   * What a replaced request gets. By default it rejects with `SupersededError`. With `shareOf`,
   * a request replaced by a newer one with the same share (the same question about newer
   * values) resolves with the newer one's answer, and one with another share waits its turn:
   * for callers that must each get an answer.
   */
  shareOf?: (input: Input) => string;
};

type Caller<Output> = { resolve: (output: Output) => void; reject: (error: Error) => void };

/** One piece of work and everyone waiting for its answer. */
type Job<Input, Output> = { input: Input; callers: Caller<Output>[]; share?: string };

/**
 * Runs requests in one Web Worker, one at a time; a newer request replaces the one still waiting
 * (which rejects with `SupersededError`, or shares its answer: see `shareOf`), so fast typing
 * works on the latest form, never on a queue of stale ones. Answers come in the order the work was
 * asked for. A worker that cannot start or take a message leaves every later request to `inPlace`.
 */
export function latestOnlyWorker<Input, Output>({
  start,
  message,
  inPlace,
  shareOf,
}: LatestOnlyWorker<Input, Output>): (input: Input) => Promise<Output> {
  let worker: Worker | undefined;
  let isWorkerUnusable = typeof Worker === "undefined";
  let running: (Job<Input, Output> & { id: number }) | undefined;
  // In the order asked; without `shareOf` there is at most one.
  const waiting: Job<Input, Output>[] = [];
  let nextId = 1;

  const answer = (job: Job<Input, Output>, output: Output) =>
    job.callers.forEach((caller) => caller.resolve(output));
  const fail = (job: Job<Input, Output>, error: Error) =>
    job.callers.forEach((caller) => caller.reject(error));
  const runInPlace = (job: Job<Input, Output>) =>
    inPlace(job.input).then(
      (output) => answer(job, output),
      (error: Error) => fail(job, error),
    );

  function started(): Worker {
    const created = start();
    created.onmessage = ({ data }: MessageEvent<WorkerAnswer<Output>>) => {
      const job = running;
      running = undefined;
      if (job && job.id === data.id) {
        if ("output" in data) answer(job, data.output);
        else fail(job, new Error(data.error));
      }
      runNext();
    };
    created.onerror = () => {
      // The worker's script did not load: this request, and every one after, runs in place.
      isWorkerUnusable = true;
      const job = running;
      running = undefined;
      if (job) void runInPlace(job);
      runNext();
    };
    return created;
  }

  function runNext(): void {
    const job = running ? undefined : waiting.shift();
    if (!job) return;
    if (isWorkerUnusable) {
      void runInPlace(job);
      return;
    }
    running = { ...job, id: nextId++ };
    try {
      worker ??= started();
      const { message: sent, transfer = [] } = message(job.input, running.id);
      worker.postMessage(sent, transfer);
    } catch {
      // A value the worker cannot be sent (structured clone refused it): in place from now on.
      isWorkerUnusable = true;
      running = undefined;
      void runInPlace(job);
    }
  }

  return (input) =>
    new Promise((resolve, reject) => {
      const caller = { resolve, reject };
      const share = shareOf?.(input);
      const same = share === undefined ? undefined : waiting.find((job) => job.share === share);
      if (same) {
        same.input = input;
        same.callers.push(caller);
      } else {
        if (share === undefined)
          for (const replaced of waiting.splice(0)) fail(replaced, new SupersededError());
        waiting.push({ input, callers: [caller], share });
      }
      runNext();
    });
}

/**
 * For a large value the worker keeps between requests (an imported file): the value when it is
 * not the one sent last, else "unchanged", so it crosses to the worker once.
 */
export function sentOnce<T>(): (value: T) => T | "unchanged" {
  let sent: { value: T } | undefined;
  return (value) => {
    if (sent && sent.value === value) return "unchanged";
    sent = { value };
    return value;
  };
}

/** The worker side: answers each request with `work`'s output, or the reason it failed. */
export function answerRequests<Request extends { id: number }, Output>(
  work: (request: Request) => Output | Promise<Output>,
  transferOf: (output: Output) => Transferable[] = () => [],
): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage(message: WorkerAnswer<Output>, transfer: Transferable[]): void;
  };
  scope.onmessage = async ({ data }) => {
    try {
      const output = await work(data);
      scope.postMessage({ id: data.id, output }, transferOf(output));
    } catch (error) {
      const reason = error instanceof Error ? error.message : "the work could not be done";
      scope.postMessage({ id: data.id, error: reason }, []);
    }
  };
}
