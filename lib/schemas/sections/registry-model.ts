// What the form needs of the registry section, apart from its schema (`./registry.ts`): a target's page
// loads these with the form, and zod only at the first check.

import type { RegistrySection } from "./registry";

/** The users the GKE guide's htpasswd example lists; the guide says to add to them. */
export const GUIDE_HTPASSWD_USERNAMES = ["admin", "user"] as const;

/**
 * Where the OCI registry lives: the bundled Zot behind the main domain's Ingress (the guide's
 * recommendation), the bundled Zot on its own load balancer, or an external registry such as ECR.
 */
export const REGISTRY_MODES = ["zot-ingress", "zot-load-balancer", "external"] as const;
export type RegistryMode = (typeof REGISTRY_MODES)[number];

/** Whether the bundled Zot runs, so its users matter. */
export function usesBundledZot(mode: RegistryMode): boolean {
  return mode !== "external";
}

/** The endpoint spokes and the hub must be told, or undefined when the chart derives it itself. */
export function explicitRegistryEndpoint(registry: RegistrySection): string | undefined {
  return registry.mode === "zot-ingress" ? undefined : registry.endpoint;
}
