import "server-only";

import { existsSync } from "node:fs";
import { delimiter } from "node:path";
import {
  AuthenticationV1Api,
  AuthorizationV1Api,
  createConfiguration,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  ServerConfiguration,
  VersionApi,
  type RequestContext,
  type ResponseContext,
} from "@kubernetes/client-node";

import type { ServerSettings } from "@/lib/server/settings";

import { keepAliveAuth } from "./keep-alive-auth";

const SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";

/** The object API, with its discovery of a kind's resource open to the access reviews. */
export class HubObjectApi extends KubernetesObjectApi {
  /** The resource `kind` of `apiVersion` is served as, or undefined when the hub lacks the kind. */
  resourceOf(apiVersion: string, kind: string) {
    return this.resource(apiVersion, kind);
  }
}

/** Everything Easel asks a hub, through one kubeconfig, with a deadline on every request. */
export type HubConnection = {
  objects: HubObjectApi;
  version: VersionApi;
  /** Discovery of one group/version's resources (`/apis/<group>/<version>`). */
  customObjects: CustomObjectsApi;
  authorization: AuthorizationV1Api;
  authentication: AuthenticationV1Api;
  /** The API server's URL, as the kubeconfig names it. */
  server: string;
  /** The kubeconfig's user and context names: shown when the hub cannot say who Easel is. */
  user: string;
  context: string;
  timeoutMs: number;
  /**
   * The kubeconfig of the current context alone, as text, for Helm: it holds credentials, so it
   * is made only when asked, and goes only into Helm's private 0600 file, never a log or error.
   */
  kubeconfigText: () => string;
};

type ExportedUser = {
  "auth-provider"?: { name?: string; config?: { tokenFile?: string } };
  tokenFile?: string;
};

/** `kubeconfig` cut down to its current context: Helm is given no other cluster or user. */
function currentContextOnly(kubeconfig: KubeConfig): string {
  const context = kubeconfig.getContextObject(kubeconfig.getCurrentContext());
  const cluster = kubeconfig.getCurrentCluster();
  const user = kubeconfig.getCurrentUser();
  const only = new KubeConfig();
  only.loadFromOptions({
    clusters: cluster ? [cluster] : [],
    users: user ? [user] : [],
    contexts: context ? [context] : [],
    currentContext: kubeconfig.getCurrentContext(),
  });
  const exported = JSON.parse(only.exportConfig()) as { users?: { user: ExportedUser }[] };
  for (const { user: entry } of exported.users ?? []) {
    // A pod's service account is an auth provider only this client knows: Helm (client-go) reads
    // the same token file itself, named by the kubeconfig's own `tokenFile`.
    const provider = entry["auth-provider"];
    if (provider?.name === "tokenFile" && provider.config?.tokenFile) {
      delete entry["auth-provider"];
      entry.tokenFile = provider.config.tokenFile;
    }
  }
  return JSON.stringify(exported);
}

export type HubConnectionResult = { connection: HubConnection } | { problem: string };

function loadKubeConfig(settings: ServerSettings): KubeConfig | string {
  const kubeconfig = new KubeConfig();
  if (settings.kubeconfigPath) {
    if (!existsSync(settings.kubeconfigPath)) {
      return `EASEL_HUB_KUBECONFIG names ${settings.kubeconfigPath}, which does not exist.`;
    }
    kubeconfig.loadFromFile(settings.kubeconfigPath);
  } else if (settings.kubeconfigList) {
    const files = settings.kubeconfigList.split(delimiter).filter(Boolean);
    if (!files.some((file) => existsSync(file))) {
      return `KUBECONFIG names ${files.join(", ")}, none of which exists.`;
    }
    // Merges every file KUBECONFIG lists, as kubectl does; with KUBECONFIG set it reads no other.
    kubeconfig.loadFromDefault();
  } else if (existsSync(SERVICE_ACCOUNT_TOKEN) && process.env.KUBERNETES_SERVICE_HOST) {
    kubeconfig.loadFromCluster();
  } else {
    // Never the client library's silent fallback to an unauthenticated localhost:8080.
    return "No hub kubeconfig: set EASEL_HUB_KUBECONFIG (or KUBECONFIG) on the Easel server, or run it in a pod with a service account.";
  }
  if (settings.context) {
    if (!kubeconfig.getContextObject(settings.context)) {
      return `The hub kubeconfig has no context named ${settings.context} (EASEL_HUB_CONTEXT).`;
    }
    kubeconfig.setCurrentContext(settings.context);
  }
  return kubeconfig;
}

/** Gives every request a deadline, so a hub that stops answering cannot hold a page forever. */
function deadline(timeoutMs: number) {
  return {
    pre: async (context: RequestContext) => {
      context.setSignal(AbortSignal.timeout(timeoutMs));
      return context;
    },
    post: async (response: ResponseContext) => response,
  };
}

/** The hub connection the Easel server's settings describe, or why there is none. */
export function connectHub(settings: ServerSettings): HubConnectionResult {
  let kubeconfig: KubeConfig | string;
  try {
    kubeconfig = loadKubeConfig(settings);
  } catch {
    return {
      problem: "The hub kubeconfig could not be read: check that it is a valid kubeconfig.",
    };
  }
  if (typeof kubeconfig === "string") return { problem: kubeconfig };
  return connectionOf(kubeconfig, settings.timeoutMs);
}

/**
 * The hub connection of a loaded kubeconfig's current context, each request's deadline
 * `timeoutMs`, or why there is none.
 */
export function connectionOf(kubeconfig: KubeConfig, timeoutMs: number): HubConnectionResult {
  const cluster = kubeconfig.getCurrentCluster();
  const context = kubeconfig.getCurrentContext();
  if (!cluster || !context) {
    return { problem: "The hub kubeconfig has no current context with a cluster." };
  }
  const configuration = createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: keepAliveAuth(kubeconfig) },
    promiseMiddleware: [deadline(timeoutMs)],
  });
  return {
    connection: {
      // Every namespaced object Easel sends names its namespace, so the context's default never applies.
      objects: new HubObjectApi(configuration),
      version: new VersionApi(configuration),
      customObjects: new CustomObjectsApi(configuration),
      authorization: new AuthorizationV1Api(configuration),
      authentication: new AuthenticationV1Api(configuration),
      server: cluster.server,
      user: kubeconfig.getCurrentUser()?.name ?? "",
      context,
      timeoutMs,
      kubeconfigText: () => currentContextOnly(kubeconfig),
    },
  };
}
