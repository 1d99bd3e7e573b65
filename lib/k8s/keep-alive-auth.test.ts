import https from "node:https";
import { HttpMethod, KubeConfig, RequestContext } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";

import { keepAliveAuth } from "./keep-alive-auth";

function kubeconfigOf(o: { ca: string; token: string; proxyUrl?: string }): KubeConfig {
  const kubeconfig = new KubeConfig();
  kubeconfig.loadFromOptions({
    clusters: [
      {
        name: "hub",
        server: "https://hub.example.test:6443",
        caData: Buffer.from(o.ca).toString("base64"),
        skipTLSVerify: false,
        ...(o.proxyUrl ? { proxyUrl: o.proxyUrl } : {}),
      },
    ],
    users: [{ name: "admin", token: o.token }],
    contexts: [{ name: "hub", cluster: "hub", user: "admin" }],
    currentContext: "hub",
  });
  return kubeconfig;
}

async function sent(kubeconfig: KubeConfig) {
  const context = new RequestContext("https://hub.example.test:6443/version", HttpMethod.GET);
  await keepAliveAuth(kubeconfig).applySecurityAuthentication(context);
  return { agent: context.getAgent(), authorization: context.getHeaders().Authorization };
}

describe("keepAliveAuth", () => {
  it("gives every request to one TLS identity the same kept-alive agent", async () => {
    const first = await sent(kubeconfigOf({ ca: "ca-one", token: "token-a" }));
    const second = await sent(kubeconfigOf({ ca: "ca-one", token: "token-b" }));
    expect(first.agent).toBeInstanceOf(https.Agent);
    expect(second.agent).toBe(first.agent);
    expect((first.agent as https.Agent).options.keepAlive).toBe(true);
    // The token is the request's own, in its header, never the connection's.
    expect(first.authorization).toBe("Bearer token-a");
    expect(second.authorization).toBe("Bearer token-b");
  });

  it("gives another certificate authority its own agent", async () => {
    const one = await sent(kubeconfigOf({ ca: "ca-one", token: "t" }));
    const two = await sent(kubeconfigOf({ ca: "ca-two", token: "t" }));
    expect(two.agent).not.toBe(one.agent);
    expect((two.agent as https.Agent).options.ca).toEqual(Buffer.from("ca-two"));
  });

  it("leaves a proxy's agent as the client made it", async () => {
    const proxied = kubeconfigOf({ ca: "ca-one", token: "t", proxyUrl: "http://proxy.test:3128" });
    const { agent } = await sent(proxied);
    expect(agent?.constructor).not.toBe(https.Agent);
    expect((await sent(proxied)).agent).not.toBe(agent);
  });
});
