/** The "billion laughs": ten levels of aliases, each listing the one before nine times. */
export function aliasBomb(): string {
  const lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"];
  for (let level = 1; level < 10; level++) {
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(", ")}]`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** `levels` mappings, each inside the one before. */
export function deeplyNested(levels: number): string {
  return (
    Array.from({ length: levels }, (_, level) => `${"  ".repeat(level)}k${level}:`).join("\n") +
    " end\n"
  );
}
