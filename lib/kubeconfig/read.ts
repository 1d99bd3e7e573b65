import { parseUntrustedYaml } from "@/lib/yaml/parse-untrusted";

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function namedList(config: Record<string, unknown>, key: string): Named[] {
  const list = config[key];
  return Array.isArray(list) ? list.filter(isRecord) : [];
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

/**
 * Checks a spoke's kubeconfig as the hub will use it: a `Config` with clusters, users and contexts;
 * the chosen context (or the current one when none is chosen) exists and names a cluster with an
 * https server and a user that exist.
 */
export function readKubeconfig(text: string, chosenContext: string): KubeconfigReading {
  const reading = parseUntrustedYaml(text, "kubeconfig");
  if ("problem" in reading) return reading;
  const config = reading.value;
  if (!isRecord(config) || (config.kind !== undefined && config.kind !== "Config")) {
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
  if (!isRecord(context)) {
    const names = contexts.map((item) => String(item.name)).join(", ");
    return {
      problem: `There is no context ${contextName} in this kubeconfig (it has ${names || "none"}).`,
    };
  }
  const cluster = byName(clusters, context.cluster)?.cluster;
  if (!isRecord(cluster))
    return { problem: `Context ${contextName} names a cluster the file lacks.` };
  const problem = serverProblem(cluster.server);
  if (problem) return { problem: `The cluster of context ${contextName} ${problem}.` };
  const user = byName(users, context.user)?.user;
  if (!isRecord(user)) return { problem: `Context ${contextName} names a user the file lacks.` };
  const exec =
    isRecord(user.exec) && typeof user.exec.command === "string" ? user.exec.command : undefined;
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
