import type { z } from "zod";

/** Adds an issue at `pathOf(index)` for every list item whose key an earlier item already has. */
export function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  ctx: z.RefinementCtx,
  pathOf: (index: number) => (string | number)[],
  message: (key: string) => string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === "") return;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: pathOf(index), message: message(key) });
    seen.add(key);
  });
}
