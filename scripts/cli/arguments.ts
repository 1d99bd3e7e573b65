/** Flags of one CLI command: `--name value` pairs and bare `--switch`es. */
export type Flags = { values: Map<string, string>; switches: Set<string> };

export class UsageError extends Error {}

/**
 * Reads `--name value` flags, refusing any not listed, so a mistyped flag is an error instead of
 * being silently ignored.
 */
export function parseFlags(
  args: readonly string[],
  known: { values: readonly string[]; switches?: readonly string[] },
): Flags {
  const flags: Flags = { values: new Map(), switches: new Set() };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    if (name !== undefined && known.switches?.includes(name)) {
      flags.switches.add(name);
    } else if (name !== undefined && known.values.includes(name)) {
      const value = args[index + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(`--${name} needs a value.`);
      flags.values.set(name, value);
      index += 1;
    } else {
      throw new UsageError(`Unknown argument: ${arg}`);
    }
  }
  return flags;
}

/** The value of a flag the command cannot do without. */
export function required(flags: Flags, name: string): string {
  const value = flags.values.get(name);
  if (value === undefined) throw new UsageError(`--${name} is required.`);
  return value;
}
