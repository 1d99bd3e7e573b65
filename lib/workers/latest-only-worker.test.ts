import { afterEach, describe, expect, it, vi } from "vitest";

import { latestOnlyWorker, sentOnce, SupersededError } from "./latest-only-worker";

/**
 * A stand-in for the browser's Worker, which Node lacks: it answers each request with its input
 * doubled, a tick later, or fails to load when told to.
 */
class EchoWorker {
  static failsToLoad = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage({ id, input }: { id: number; input: number }) {
    setTimeout(() => {
      if (EchoWorker.failsToLoad) this.onerror?.();
      else this.onmessage?.({ data: { id, output: input * 2 } });
    }, 1);
  }
}

function doubler() {
  const inPlace = vi.fn(async (input: number) => -input);
  const run = latestOnlyWorker<number, number>({
    start: () => new EchoWorker() as unknown as Worker,
    message: (input, id) => ({ message: { id, input } }),
    inPlace,
  });
  return { run, inPlace };
}

describe("latestOnlyWorker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    EchoWorker.failsToLoad = false;
  });

  it("runs one request at a time and replaces the one still waiting", async () => {
    vi.stubGlobal("Worker", EchoWorker);
    const { run, inPlace } = doubler();
    const first = run(1);
    const replaced = expect(run(2)).rejects.toBeInstanceOf(SupersededError);
    const latest = run(3);
    await replaced;
    await expect(first).resolves.toBe(2);
    await expect(latest).resolves.toBe(6);
    expect(inPlace).not.toHaveBeenCalled();
  });

  it("with shares, answers a replaced request with the newer one's answer, another share in turn", async () => {
    vi.stubGlobal("Worker", EchoWorker);
    const run = latestOnlyWorker<{ field: string; value: number }, number>({
      start: () => new EchoWorker() as unknown as Worker,
      message: ({ value }, id) => ({ message: { id, input: value } }),
      inPlace: async ({ value }) => -value,
      shareOf: ({ field }) => field,
    });
    const first = run({ field: "domain", value: 1 });
    const replaced = run({ field: "domain", value: 2 });
    const other = run({ field: "name", value: 5 });
    const latest = run({ field: "domain", value: 3 });
    await expect(first).resolves.toBe(2);
    await expect(replaced).resolves.toBe(6);
    await expect(latest).resolves.toBe(6);
    await expect(other).resolves.toBe(10);
  });

  it("does the work in place once the worker failed to load, and from then on", async () => {
    vi.stubGlobal("Worker", EchoWorker);
    EchoWorker.failsToLoad = true;
    const { run, inPlace } = doubler();
    await expect(run(4)).resolves.toBe(-4);
    await expect(run(5)).resolves.toBe(-5);
    expect(inPlace).toHaveBeenCalledTimes(2);
  });

  it("does the work in place where the page has no Worker", async () => {
    vi.stubGlobal("Worker", undefined);
    const { run } = doubler();
    await expect(run(7)).resolves.toBe(-7);
  });
});

describe("sentOnce", () => {
  it("sends a value once, then says it is unchanged until another comes", () => {
    const send = sentOnce<object | null>();
    const file = { text: "a: 1" };
    expect(send(null)).toBeNull();
    expect(send(null)).toBe("unchanged");
    expect(send(file)).toBe(file);
    expect(send(file)).toBe("unchanged");
    expect(send({ ...file })).toEqual(file);
  });
});
