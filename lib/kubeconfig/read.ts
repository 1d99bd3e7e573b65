import { rememberReadings } from "@/lib/forms/remember-readings";
import { isMapping } from "@/lib/tree/tree";
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

/**
 * A kubeconfig Easel can keep: a `Config` with clusters, users and at least one context. Whether
 * the hub can use it still depends on the context chosen (see `readKubeconfigContext`).
 */
export type KubeconfigFile = {
  /** The contexts' names, in the file's order, each once. */
  contexts: string[];
  /** `current-context`, when it names one of `contexts`. */
  currentContext?: string;
  clusters: Named[];
  users: Named[];
  contextEntries: Named[];
};

/**
 * Which of a kept file's problems a reading found: the file's own (it cannot be kept) or the
 * chosen context's (another context of the same file may work).
 */
export type KubeconfigProblem = { problem: string; about: "file" | "context" };

export type KubeconfigReading = { summary: KubeconfigSummary } | KubeconfigProblem;

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
 * Reads a kubeconfig as a file Easel can keep for a spoke's Secret: a `Config` with clusters,
 * users and contexts. The chosen context is not looked at, so a file is never refused for a
 * context typed or imported before it was chosen.
 */
export function readKubeconfigFile(text: string): { file: KubeconfigFile } | { problem: string } {
  const reading = parseKubeconfig(text);
  if ("problem" in reading) return reading;
  const config = reading.value;
  if (!isMapping(config) || (config.kind !== undefined && config.kind !== "Config")) {
    return { problem: "This is not a kubeconfig (kind: Config)." };
  }
  const clusters = namedList(config, "clusters");
  const users = namedList(config, "users");
  const contextEntries = namedList(config, "contexts").filter(
    (item) => typeof item.name === "string" && item.name !== "",
  );
  if (clusters.length === 0) return { problem: "This kubeconfig has no cluster." };
  if (users.length === 0) return { problem: "This kubeconfig has no user." };
  if (contextEntries.length === 0) {
    return {
      problem:
        "This kubeconfig has no context, so the hub could not tell which cluster and user to use.",
    };
  }
  const contexts = [...new Set(contextEntries.map((item) => item.name as string))];
  const current = config["current-context"];
  return {
    file: {
      contexts,
      ...(typeof current === "string" && contexts.includes(current)
        ? { currentContext: current }
        : {}),
      clusters,
      users,
      contextEntries,
    },
  };
}

/**
 * Checks the context the hub will use in a kept file: the chosen one, or the file's current one
 * when none is chosen; it must name a cluster with an https server and a user that the file has.
 * `fileName` names the file in the messages.
 */
export function readKubeconfigContext(
  file: KubeconfigFile,
  chosenContext: string,
  fileName = "this kubeconfig",
): KubeconfigReading {
  const contextProblem = (problem: string): KubeconfigProblem => ({ problem, about: "context" });
  const chosen = chosenContext.trim();
  const contextName = chosen || file.currentContext;
  const has = `it has ${file.contexts.join(", ")}`;
  if (contextName === undefined) {
    return contextProblem(`There is no current context in ${fileName} (${has}): choose one.`);
  }
  if (!file.contexts.includes(contextName)) {
    return contextProblem(`${contextName} is not a context in ${fileName} (${has}).`);
  }
  const context = byName(file.contextEntries, contextName)?.context;
  if (!isMapping(context)) return contextProblem(`Context ${contextName} in ${fileName} is empty.`);
  const cluster = byName(file.clusters, context.cluster)?.cluster;
  if (!isMapping(cluster)) {
    return contextProblem(`Context ${contextName} names a cluster ${fileName} lacks.`);
  }
  const problem = serverProblem(cluster.server);
  if (problem) return contextProblem(`The cluster of context ${contextName} ${problem}.`);
  const user = byName(file.users, context.user)?.user;
  if (!isMapping(user)) {
    return contextProblem(`Context ${contextName} names a user ${fileName} lacks.`);
  }
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

/**
 * Checks a spoke's kubeconfig as the hub will use it: a file Easel can keep (`readKubeconfigFile`)
 * whose chosen context, or current one when none is chosen, works (`readKubeconfigContext`).
 */
export function readKubeconfig(
  text: string,
  chosenContext: string,
  fileName?: string,
): KubeconfigReading {
  const reading = readKubeconfigFile(text);
  if ("problem" in reading) return { problem: reading.problem, about: "file" };
  return readKubeconfigContext(reading.file, chosenContext, fileName);
}
