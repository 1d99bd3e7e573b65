import "server-only";

import { createHash } from "node:crypto";
import https from "node:https";
import type { KubeConfig, RequestContext, SecurityAuthentication } from "@kubernetes/client-node";

/** TLS identities kept at once, the oldest forgotten first. */
const MAX_AGENTS = 8;
/** An idle connection is closed after this long, before the API server would drop it. */
const IDLE_SOCKET_MS = 15_000;

const agents = new Map<string, https.Agent>();

/** What the API server sees of a connection: the TLS options, never a request's headers. */
function identityOf(options: https.AgentOptions): string {
  const { ca, cert, key, pfx, passphrase, rejectUnauthorized, servername } = options;
  const identity = JSON.stringify({
    ca,
    cert,
    key,
    pfx,
    passphrase,
    rejectUnauthorized,
    servername,
  });
  return createHash("sha256").update(identity).digest("hex");
}

function keptAlive(options: https.AgentOptions): https.Agent {
  const identity = identityOf(options);
  const kept = agents.get(identity);
  if (kept) return kept;
  const agent = new https.Agent({ ...options, keepAlive: true, timeout: IDLE_SOCKET_MS });
  agents.set(identity, agent);
  // A forgotten agent is not destroyed: its requests in flight finish, its idle sockets time out.
  for (const oldest of agents.keys()) {
    if (agents.size <= MAX_AGENTS) break;
    agents.delete(oldest);
  }
  return agent;
}

/**
 * The kubeconfig's authentication, its connections kept alive. The client makes a new agent for
 * every request, so every request paid a TLS handshake: an install's dozens of access reviews
 * took longer than Helm's own reads. Only a direct HTTPS agent is replaced (a proxy's is the
 * client's own); tokens stay per request, in headers, as the kubeconfig sets them.
 */
export function keepAliveAuth(kubeconfig: KubeConfig): SecurityAuthentication {
  return {
    getName: () => kubeconfig.getName(),
    applySecurityAuthentication: async (context: RequestContext) => {
      await kubeconfig.applySecurityAuthentication(context);
      const agent = context.getAgent();
      if (agent?.constructor === https.Agent) {
        context.setAgent(keptAlive((agent as https.Agent).options));
      }
    },
  };
}
