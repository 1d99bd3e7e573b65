import type { HubValuesOrigin } from "./results";

/** The hub's values Secret as the server reads it: values.yaml never leaves the server. */
export type LiveValuesSecret =
  { isOnHub: false } | { isOnHub: true; configurationId?: string; text?: string };

/** Which configuration the hub's values came from, as the browser may know it (no values). */
export function originOf(live: LiveValuesSecret): HubValuesOrigin {
  if (!live.isOnHub) return { isOnHub: false };
  return live.configurationId
    ? { isOnHub: true, configurationId: live.configurationId }
    : { isOnHub: true };
}

/** Whether values on the hub came from another configuration: another id, or none at all. */
export function isOtherConfiguration(origin: HubValuesOrigin, configurationId: string): boolean {
  return origin.isOnHub && origin.configurationId !== configurationId;
}
