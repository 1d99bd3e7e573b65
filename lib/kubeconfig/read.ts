import { parseUntrustedYaml } from "@/lib/yaml/parse-untrusted";
import { rememberReadings } from "@/lib/forms/remember-readings";
import { isMapping } from "@/lib/forms/tree";

/** What a checked kubeconfig will connect to. */
export type KubeconfigSummary = {
  context: string;
  cluster: string;
  server: string;
  user: string;
  /** Set when the user's credentials come from a command the hub would have to run. */
  execCommand?: string;
};

export type KubeconfigReading = { summary: KubeconfigSummary } | { problem: string };

type Named = { name?: unknown; [key: string]: unknown };

function namedList(config: Record<string, unknown>, key: string): Named[] {
  const list = config[key];
  return Array.isArray(list) ? list.filter(isMapping) : [];
}

function byName(list: Named[], name: unknown): Record<string, unknown> | undefined {
  const entry = list.find((item) => item.name === name);
  return entry ? (entry as Record<string, unknown>) : undefined;
}

function serverProblem(server: unknown): string | undefined {
  if (typeof server !== "string" || server === "") return "has no server URL";
  try {
    return new URL(server).protocol === "https:" ? undefined : `uses ${server}, not https`;
  } catch {
    return `has a server that is not a URL (${server})`;
  }
}

const parseKubeconfig = rememberReadings((text) => parseUntrustedYaml(text, "kubeconfig"));

/**
 * Checks a spoke's kubeconfig as the hub will use it: a `Config` with clusters, users and contexts;
 * the chosen context (or the current one when none is chosen) exists and names a cluster with an
 * https server and a user that exist.
 */
export function readKubeconfig(text: string, chosenContext: string): KubeconfigReading {
  const reading = parseKubeconfig(text);
  if ("problem" in reading) return reading;
  const config = reading.value;
  if (!isMapping(config) || (config.kind !== undefined && config.kind !== "Config")) {
    return { problem: "This is not a kubeconfig (kind: Config)." };
  }
  const clusters = namedList(config, "clusters");
  const users = namedList(config, "users");
  const contexts = namedList(config, "contexts");
  if (clusters.length === 0) return { problem: "This kubeconfig has no cluster." };
  if (users.length === 0) return { problem: "This kubeconfig has no user." };
  const contextName = chosenContext.trim() || config["current-context"];
  if (typeof contextName !== "string" || contextName === "") {
    return { problem: "This kubeconfig has no current context: enter the context to use." };
  }
  const context = byName(contexts, contextName)?.context;
  if (!isMapping(context)) {
    const names = contexts.map((item) => String(item.name)).join(", ");
    return {
      problem: `There is no context ${contextName} in this kubeconfig (it has ${names || "none"}).`,
    };
  }
  const cluster = byName(clusters, context.cluster)?.cluster;
  if (!isMapping(cluster))
    return { problem: `Context ${contextName} names a cluster the file lacks.` };
  const problem = serverProblem(cluster.server);
  if (problem) return { problem: `The cluster of context ${contextName} ${problem}.` };
  const user = byName(users, context.user)?.user;
  if (!isMapping(user)) return { problem: `Context ${contextName} names a user the file lacks.` };
  const exec =
    isMapping(user.exec) && typeof user.exec.command === "string" ? user.exec.command : undefined;
  return {
    summary: {
      context: contextName,
      cluster: String(context.cluster),
      server: cluster.server as string,
      user: String(context.user),
      ...(exec ? { execCommand: exec } : {}),
    },
  };
}
