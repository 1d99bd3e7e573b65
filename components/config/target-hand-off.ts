import type { TargetConfig } from "@/lib/schemas/targets";

/**
 * The configuration the admin had when switching target, kept in memory only (never in browser
 * storage: it holds secrets) for the next target's form to pick up. A reload forgets it.
 */
let handedOff: TargetConfig | undefined;

export function handOff(config: TargetConfig): void {
  handedOff = structuredClone(config);
}

/** Read without taking, so a form rendered twice in development sees the same hand-off. */
export function peekHandOff(): TargetConfig | undefined {
  return handedOff;
}

export function clearHandOff(): void {
  handedOff = undefined;
}
