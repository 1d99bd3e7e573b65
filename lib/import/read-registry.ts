import { GUIDE_HTPASSWD_LINES } from "@/lib/chart/zot";
import type { RegistrySection, RegistryUser } from "@/lib/schemas/sections/registry";

import type { ValuesReader } from "./values-reader";

/** The endpoint the file tells the hub and spokes, wherever it first states one. */
function statedEndpoint(values: ValuesReader): string | undefined {
  return (
    values.text(["hue", "ociRegistry", "endpoint"]) ??
    values.text(["fleetConfig", "spokeValuesOverrides", "hue", "ociRegistry", "endpoint"]) ??
    values.text(["fleetConfig", "spokes", 0, "ociRegistry", "endpoint"])
  );
}

function readHtpasswd(values: ValuesReader, registry: RegistrySection): void {
  const path = ["zot", "secretFiles", "htpasswd"];
  const text = values.text(path);
  if (text === undefined) return;
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  registry.keepGuideUsers = GUIDE_HTPASSWD_LINES.every((line) => lines.includes(line));
  const users: RegistryUser[] = [];
  for (const line of lines) {
    if (registry.keepGuideUsers && (GUIDE_HTPASSWD_LINES as readonly string[]).includes(line)) {
      continue;
    }
    const at = line.indexOf(":");
    if (at <= 0) {
      values.skip(
        path,
        `The htpasswd line "${line.slice(0, 40)}" is not user:hash; the form leaves it out.`,
      );
      continue;
    }
    users.push({ username: line.slice(0, at), password: "", hash: line.slice(at + 1) });
  }
  registry.users = users;
}

/**
 * Where the registry runs: the bundled Zot turned off means an external registry; Zot's Service
 * of type LoadBalancer means Zot on its own load balancer; otherwise Zot behind the main Ingress.
 */
export function readRegistry(values: ValuesReader, registry: RegistrySection): void {
  const endpoint = statedEndpoint(values);
  if (values.flag(["zot", "enabled"]) === false) registry.mode = "external";
  else if (values.text(["zot", "service", "type"]) === "LoadBalancer") {
    registry.mode = "zot-load-balancer";
  } else registry.mode = "zot-ingress";
  if (endpoint !== undefined) registry.endpoint = endpoint;
  readHtpasswd(values, registry);
}
