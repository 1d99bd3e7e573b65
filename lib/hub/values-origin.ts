import type { HubValuesOrigin } from "./results";

/** The hub's values Secret as the server reads it: values.yaml never leaves the server. */
export type LiveValuesSecret =
  | { isOnHub: false }
  /** A Secret of that name not made by Easel: Easel reads nothing of it. */
  | { isOnHub: true; isForeign: true }
  | { isOnHub: true; isForeign?: false; configurationId?: string; text?: string };

/** The values Secret when Easel made it: the only one whose values Easel reads. */
export type EaselValuesSecret = Exclude<LiveValuesSecret, { isForeign: true }>;

/** Whether the hub's values Secret is one Easel did not make. */
export function isForeignValues(
  live: LiveValuesSecret,
): live is { isOnHub: true; isForeign: true } {
  return live.isOnHub && live.isForeign === true;
}

/** Which configuration the hub's values came from, as the browser may know it (no values). */
export function originOf(live: LiveValuesSecret): HubValuesOrigin {
  if (!live.isOnHub) return { isOnHub: false };
  if (live.isForeign) return { isOnHub: true, isForeign: true };
  return live.configurationId
    ? { isOnHub: true, configurationId: live.configurationId }
    : { isOnHub: true };
}

/**
 * Whether values Easel applied to the hub came from another configuration: another id, or none.
 */
export function isOtherConfiguration(origin: HubValuesOrigin, configurationId: string): boolean {
  // A Secret not made by Easel came from no configuration: the plan shows it as foreign instead.
  if (!origin.isOnHub || origin.isForeign) return false;
  return origin.configurationId !== configurationId;
}
