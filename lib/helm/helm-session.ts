import "server-only";

import { parse } from "yaml";

import type {
  ChartSource,
  HelmFound,
  HelmReleaseName,
  RegistryCredentials,
} from "@/lib/hub/helm-release";

import { runHelm, type HelmFiles } from "./run-helm";
import { secretMask } from "./secret-mask";

/** Everything one Helm command against the hub needs; the secrets in it never reach an argument. */
export type HelmSession = {
  helm: Extract<HelmFound, { isAvailable: true }>;
  /** The hub kubeconfig's text (a secret): a 0600 file for one command, then removed. */
  kubeconfig: string;
  /** The releases' namespace: mural-system. */
  namespace: string;
  source: ChartSource;
  /** Handed to Helm as a temporary 0600 `--registry-config` file. */
  credentials?: RegistryCredentials;
  /** Every secret string of the values: masked in all of Helm's text Easel shows. */
  secrets: readonly string[];
};

/** Reads finish in seconds; this only catches a Helm that hangs. */
export const READ_DEADLINE_MS = 2 * 60_000;
/** Beyond Helm's own `--timeout`, so Helm reports its timeout (and rolls back) before Easel stops it. */
const DEADLINE_MARGIN_MS = 60_000;

/** Easel's deadline for a command whose Helm timeout is `timeoutMinutes`. */
export function deadlineFor(timeoutMinutes: number): number {
  return timeoutMinutes * 60_000 + DEADLINE_MARGIN_MS;
}

/** A chart's reference: `<registry>/<release>` (both charts are named after their release). */
export function chartRef(source: ChartSource, release: HelmReleaseName): string {
  return `${source.registry.replace(/\/+$/, "")}/${release}`;
}

/** The arguments of the chart source every pull needs. */
export function sourceArgs(source: ChartSource): string[] {
  return source.isPlainHttp ? ["--plain-http"] : [];
}

/** The registry's host, as a docker config keys its logins: `oci://host:port/path` → `host:port`. */
function registryHost(registry: string): string {
  return registry.replace(/^oci:\/\//, "").split("/")[0] ?? registry;
}

function registryAuth(credentials: RegistryCredentials): string {
  return Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
}

/** A docker config JSON with the one login, as Helm's `--registry-config` reads it. */
function registryConfig(source: ChartSource, credentials: RegistryCredentials): string {
  const auths = { [registryHost(source.registry)]: { auth: registryAuth(credentials) } };
  return JSON.stringify({ auths });
}

type KubeconfigUsers = { users?: { user?: Record<string, unknown> }[] };

/** The kubeconfig's own secrets (tokens, passwords, keys): Helm never prints them, and if it did. */
function kubeconfigSecrets(kubeconfig: string): string[] {
  let users: KubeconfigUsers["users"];
  try {
    users = (parse(kubeconfig) as KubeconfigUsers | null)?.users;
  } catch {
    return [];
  }
  return (users ?? []).flatMap((entry) =>
    ["token", "password", "client-key-data"]
      .map((key) => entry.user?.[key])
      .filter((value): value is string => typeof value === "string"),
  );
}

/**
 * The session's mask: the values' secrets, the registry password and its login's base64, and the
 * kubeconfig's credentials.
 */
export function sessionMask(session: HelmSession): (text: string) => string {
  const credentials = session.credentials;
  const login = credentials ? [credentials.password, registryAuth(credentials)] : [];
  return secretMask([...session.secrets, ...login, ...kubeconfigSecrets(session.kubeconfig)]);
}

/**
 * Runs one Helm command of the session against the hub, in its namespace, with the hub's
 * kubeconfig and the registry's login in temporary files.
 */
export function runInSession(
  session: HelmSession,
  args: readonly string[],
  o: { stdin?: string; deadlineMs: number; doing: string; release?: HelmReleaseName },
): Promise<string> {
  const files: HelmFiles = { kubeconfig: session.kubeconfig };
  if (session.credentials)
    files.registryConfig = registryConfig(session.source, session.credentials);
  return runHelm(session.helm.path, [...args, "--namespace", session.namespace], {
    ...o,
    files,
    mask: sessionMask(session),
  });
}
