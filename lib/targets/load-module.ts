import type { TargetId } from "./catalog";
import type { TargetModule } from "./target-module";

/**
 * The whole module of `id`: its schema, values and import code, which a target's page loads once
 * something needs them (a field checked, a file imported, a download), not with the form.
 */
export async function loadTargetModule(id: TargetId): Promise<TargetModule> {
  return (await import("./modules")).targetModule(id);
}
