import { afterAll, expect, it } from "vitest";

// Counts `new Function` calls: zod's JIT probe and its compiled parsers are the only ones here.
const OriginalFunction = globalThis.Function;
let constructed = 0;
globalThis.Function = new Proxy(OriginalFunction, {
  construct(target, args) {
    constructed++;
    return Reflect.construct(target, args) as object;
  },
});
afterAll(() => {
  globalThis.Function = OriginalFunction;
});

it("zod builds and parses object schemas without ever calling new Function once it is imported", async () => {
  await import("./zod-jitless");
  const { z } = await import("zod");
  const schema = z.object({
    domain: z.string(),
    replicas: z.number(),
    nested: z.object({ on: z.boolean() }),
  });
  expect(schema.parse({ domain: "example.org", replicas: 2, nested: { on: true } })).toEqual({
    domain: "example.org",
    replicas: 2,
    nested: { on: true },
  });
  expect(constructed).toBe(0);
});

it("sets the setting zod reads, without loading zod", async () => {
  await import("./zod-jitless");
  const { config } = await import("zod/v4/core");
  expect(config().jitless).toBe(true);
});
