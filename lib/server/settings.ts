import "server-only";

import { z } from "zod";

import type { WriteBoundary } from "@/lib/hub/write-boundary";

import { writeBoundaryOf } from "./allowed-namespaces";

/**
 * The Easel server's own settings, from its environment. Nothing here is ever sent to a browser
 * but the namespaces Easel may write (names, not secrets); nothing cluster-related is a public
 * variable.
 */
const settingsSchema = z.object({
  /** Cluster features stay off unless the operator sets this to `on`. */
  EASEL_CLUSTER_FEATURES: z.string().optional(),
  /** The hub's kubeconfig file; without it, KUBECONFIG, then the pod's service account. */
  EASEL_HUB_KUBECONFIG: z.string().optional(),
  KUBECONFIG: z.string().optional(),
  /** A context of that kubeconfig other than its current one. */
  EASEL_HUB_CONTEXT: z.string().optional(),
  /** Required for cluster actions unless Easel listens only on loopback. */
  EASEL_ACCESS_TOKEN: z.string().optional(),
  /** The address Easel listens on, as `npm start` passes it. */
  EASEL_LISTEN_HOST: z.string().optional(),
  EASEL_HUB_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).optional(),
  /** Proxies whose `X-Forwarded-For` names the client: addresses, comma-separated. */
  EASEL_TRUSTED_PROXY: z.string().optional(),
  /** The Helm binary Easel runs; without it, `helm` on PATH. */
  EASEL_HELM: z.string().optional(),
});

export type ServerSettings = {
  clusterFeatures: boolean;
  kubeconfigPath?: string;
  kubeconfigList?: string;
  context?: string;
  accessToken?: string;
  listenHost?: string;
  timeoutMs: number;
  /** Where Easel may write (`EASEL_ALLOWED_NAMESPACES`). */
  writeBoundary: WriteBoundary;
  /** The addresses of `EASEL_TRUSTED_PROXY`; empty when no proxy is trusted. */
  trustedProxies: string[];
  /** The Helm binary of `EASEL_HELM`; unset means `helm` on PATH. */
  helmPath?: string;
};

/** Shorter tokens are refused: the token is all that stands between the network and the hub. */
export const MIN_ACCESS_TOKEN_LENGTH = 16;

const DEFAULT_TIMEOUT_SECONDS = 20;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The settings as they are now (read on each call, so an operator's change needs no rebuild). */
export function serverSettings(
  env: Record<string, string | undefined> = process.env,
): ServerSettings {
  const parsed = settingsSchema.safeParse(env);
  const values = parsed.success ? parsed.data : {};
  return {
    clusterFeatures: values.EASEL_CLUSTER_FEATURES?.trim().toLowerCase() === "on",
    kubeconfigPath: nonEmpty(values.EASEL_HUB_KUBECONFIG),
    kubeconfigList: nonEmpty(values.KUBECONFIG),
    context: nonEmpty(values.EASEL_HUB_CONTEXT),
    accessToken: nonEmpty(values.EASEL_ACCESS_TOKEN),
    listenHost: nonEmpty(values.EASEL_LISTEN_HOST),
    timeoutMs: (values.EASEL_HUB_TIMEOUT_SECONDS ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    // Read apart from the schema: another setting that fails it must not unset the allow-list.
    writeBoundary: writeBoundaryOf(env.EASEL_ALLOWED_NAMESPACES),
    trustedProxies: (values.EASEL_TRUSTED_PROXY ?? "")
      .split(",")
      .map((address) => address.trim())
      .filter(Boolean),
    helmPath: nonEmpty(values.EASEL_HELM),
  };
}
