import { describe, expect, it } from "vitest";

import type { MuralValues, ZotIngressValues } from "@/lib/chart/values-shape";
import { newSpoke } from "@/lib/schemas/sections/fleet-model";
import { validGkeConfig } from "@/test/support/gke-config";
import { keysOutsideDocs } from "@/test/support/key-paths";

import { buildGkeValues } from "./build-values";

function ingressZot(values: MuralValues): ZotIngressValues {
  if (!("configFiles" in values.zot)) throw new Error("expected Zot behind the main Ingress");
  return values.zot;
}

describe("[GKE] buildGkeValues", () => {
  const config = validGkeConfig({ domain: "ai.acme.io", hubApiServer: "https://35.1.2.3:443" });
  const values = buildGkeValues(config);

  it.each(["zot-ingress", "zot-load-balancer", "external"] as const)(
    "writes no key the PaletteAI docs do not name (registry: %s)",
    (mode) => {
      const config = validGkeConfig();
      config.canvas.staticIpName = "paletteai-ip";
      config.fleet.spokes.push(newSpoke("gpu-east"));
      config.registry.mode = mode;
      config.registry.endpoint = "oci://zot.acme.io:5000";
      config.canvas.branding = {
        primaryLogo: "https://cdn.acme.io/a.png",
        secondaryLogo: "https://cdn.acme.io/b.png",
      };
      config.canvas.impersonation = {
        ...config.canvas.impersonation,
        enabled: true,
        dexGroupMap: [{ key: "admin@acme.io", value: "admin" }],
      };
      expect(keysOutsideDocs(buildGkeValues(config))).toEqual([]);
    },
  );

  it("leaves the registry endpoint to the chart when Zot is behind the main Ingress", () => {
    const text = JSON.stringify(values);
    expect(text).not.toContain("ociRegistry");
    expect(values.hue).toBeUndefined();
  });

  it("puts Zot on its own load balancer, keeping the chart's TLS config, with the endpoint everywhere", () => {
    const config = validGkeConfig();
    config.fleet.spokes.push(newSpoke("gpu-east"));
    config.registry = {
      ...config.registry,
      mode: "zot-load-balancer",
      endpoint: "oci://zot.acme.io:5000",
    };
    const lb = buildGkeValues(config);
    expect(lb.zot).toEqual({
      ingress: { enabled: false },
      service: { type: "LoadBalancer" },
      secretFiles: { htpasswd: expect.stringContaining("admin:$2y$05$") },
    });
    expect(lb.fleetConfig.spokes.map((spoke) => spoke.ociRegistry)).toEqual([
      { endpoint: "oci://zot.acme.io:5000" },
      { endpoint: "oci://zot.acme.io:5000" },
    ]);
    expect(lb.fleetConfig.spokeValuesOverrides).toEqual({
      hue: { ociRegistry: { endpoint: "oci://zot.acme.io:5000" } },
    });
    expect(lb.hue).toEqual({ ociRegistry: { endpoint: "oci://zot.acme.io:5000" } });
  });

  it("turns the bundled Zot off for an external registry such as ECR", () => {
    const config = validGkeConfig();
    const ecr = "oci://123456789012.dkr.ecr.us-east-1.amazonaws.com/paletteai";
    config.registry = { ...config.registry, mode: "external", endpoint: ecr };
    const external = buildGkeValues(config);
    expect(external.zot).toEqual({ enabled: false });
    expect(external.hue).toEqual({ ociRegistry: { endpoint: ecr } });
    expect(external.fleetConfig.spokes[0]?.ociRegistry).toEqual({ endpoint: ecr });
  });

  it("puts the domain everywhere the guide puts it", () => {
    expect(values.global.dns.domain).toBe("ai.acme.io");
    expect(values.canvas.ingress.domain).toBe("ai.acme.io");
    expect(values.canvas.oidc.redirectURL).toBe("https://ai.acme.io/ai/callback");
    expect(values.dex.config.issuer).toBe("https://ai.acme.io/dex");
    expect(values.dex.config.staticClients.map((client) => client.redirectURIs)).toEqual([
      ["https://ai.acme.io/ai/callback"],
      ["https://ai.acme.io"],
    ]);
    expect(ingressZot(values).ingress.hosts).toEqual([
      { host: "ai.acme.io", paths: [{ path: "/zot/(.*)" }] },
    ]);
    expect(values.global.metrics.prometheusBaseUrl).toBe("https://ai.acme.io:30090");
    expect(values.dex.config.staticPasswords[0]?.email).toBe("admin@ai.acme.io");
  });

  it("matches the guide's global section", () => {
    expect(values.global).toEqual({
      dns: { domain: "ai.acme.io" },
      auditLogging: {
        basicAuth: { username: "audit", password: config.global.auditLogging.password },
      },
      metrics: {
        prometheusBaseUrl: "https://ai.acme.io:30090",
        timeout: "5s",
        scrapeInterval: "15s",
        agentType: "prometheus-agent-minimal",
        username: "",
        password: "",
      },
      kubernetesProvider: "GKE-Ingress",
    });
  });

  it("matches the guide's hub-as-spoke fleetConfig, restating inCluster because Helm replaces lists", () => {
    expect(values.fleetConfig).toEqual({
      hub: { apiServer: "https://35.1.2.3:443" },
      spokes: [
        {
          name: "hub-as-spoke",
          klusterlet: { forceInternalEndpointLookup: false },
          kubeconfig: { inCluster: true },
        },
      ],
    });
  });

  it("writes dedicated spokes as the guide's kubeconfig Secret references, in the order given", () => {
    const config = validGkeConfig();
    const east = newSpoke("gpu-east");
    const west = { ...newSpoke("gpu-west"), forceInternalEndpointLookup: true };
    west.kubeconfig = { secretName: "west-kubeconfig", secretKey: "config", context: "gke_west" };
    config.fleet.spokes = [east, west];
    expect(buildGkeValues(config).fleetConfig.spokes).toEqual([
      {
        name: "gpu-east",
        klusterlet: { forceInternalEndpointLookup: false },
        kubeconfig: {
          context: "",
          inCluster: false,
          secretReference: { name: "spoke-kubeconfig-gpu-east", kubeconfigKey: "kubeconfig" },
        },
      },
      {
        name: "gpu-west",
        klusterlet: { forceInternalEndpointLookup: true },
        kubeconfig: {
          context: "gke_west",
          inCluster: false,
          secretReference: { name: "west-kubeconfig", kubeconfigKey: "config" },
        },
      },
    ]);
  });

  it("matches the guide's canvas section", () => {
    expect(values.canvas).toEqual({
      ingress: {
        enabled: true,
        annotations: {},
        ingressClassName: "gce",
        domain: "ai.acme.io",
        matchAllHosts: false,
        tls: [],
        paths: [
          {
            path: "/ai",
            pathType: "Prefix",
            backend: { service: { name: "canvas", port: { number: 2999 } } },
          },
          {
            path: "/dex",
            pathType: "Prefix",
            backend: { service: { name: "dex", port: { number: 5556 } } },
          },
        ],
      },
      enableHTTP: true,
      oidc: {
        sessionSecret: config.canvas.sessionSecret,
        sessionDir: "/app/sessions",
        issuerK8sService: "https://dex.mural-system.svc.cluster.local:5554/dex",
        skipSSLCertificateVerification: true,
        redirectURL: "https://ai.acme.io/ai/callback",
      },
    });
  });

  it("writes impersonation in the docs' clean form only when it is on", () => {
    expect(values.canvas.impersonationProxy).toBeUndefined();
    const config = validGkeConfig();
    config.canvas.impersonation = {
      enabled: true,
      userMode: "passthrough",
      groupsMode: "map",
      userMap: [],
      groupMap: [{ key: "sre@acme.io", value: "admin" }],
      dexGroupMap: [{ key: "admin@example.com", value: " admin, viewers ," }],
    };
    expect(buildGkeValues(config).canvas.impersonationProxy).toEqual({
      enabled: true,
      userMode: "passthrough",
      groupsMode: "map",
      userMap: {},
      groupMap: { "sre@acme.io": "admin" },
      dexGroupMap: { "admin@example.com": ["admin", "viewers"] },
    });
  });

  it("writes only the logos given, and no branding block without any", () => {
    expect(values.canvas.branding).toBeUndefined();
    const config = validGkeConfig();
    config.canvas.branding.secondaryLogo = "https://cdn.acme.io/mark.svg";
    expect(buildGkeValues(config).canvas.branding).toEqual({
      secondaryLogo: "https://cdn.acme.io/mark.svg",
    });
  });

  it("adds the static IP annotation only when a name is given", () => {
    const withIp = validGkeConfig();
    withIp.canvas.staticIpName = "paletteai-ip";
    expect(buildGkeValues(withIp).canvas.ingress.annotations).toEqual({
      "kubernetes.io/ingress.global-static-ip-name": "paletteai-ip",
    });
  });

  it("matches the guide's dex section", () => {
    const user = config.identity.localUsers[0]!;
    expect(values.dex).toEqual({
      config: {
        issuer: "https://ai.acme.io/dex",
        staticClients: [
          {
            id: "mural",
            redirectURIs: ["https://ai.acme.io/ai/callback"],
            name: "mural",
            secret: config.identity.clients.muralSecret,
            public: false,
            trustedPeers: ["kubernetes"],
          },
          {
            id: "kubernetes",
            redirectURIs: ["https://ai.acme.io"],
            name: "kubernetes",
            secret: config.identity.clients.kubernetesSecret,
            public: false,
            trustedPeers: ["mural"],
          },
        ],
        staticPasswords: [
          { email: "admin@ai.acme.io", hash: user.hash, username: "admin", userID: user.userID },
        ],
      },
      volumes: [{ name: "tls-cert-vol", secret: { secretName: "mural-dex-serving-cert" } }],
      volumeMounts: [{ mountPath: "/etc/k8s-webhook-certs", name: "tls-cert-vol", readOnly: true }],
      service: {
        annotations: { "cloud.google.com/backend-config": '{"default":"dex-backendconfig"}' },
      },
      ingress: { enabled: false },
    });
  });

  it("gives Alertmanager's probes the audit logging credentials", () => {
    const config = validGkeConfig();
    config.global.auditLogging = { username: "auditor", password: "pässwörd:with colon" };
    const { alertmanager } = buildGkeValues(config);
    const header = alertmanager?.livenessProbe.httpGet.httpHeaders;
    expect(header).toHaveLength(1);
    expect(header?.[0]?.name).toBe("Authorization");
    const encoded = header?.[0]?.value.replace(/^Basic /, "") ?? "";
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe("auditor:pässwörd:with colon");
    expect(alertmanager?.readinessProbe).toEqual(alertmanager?.livenessProbe);
  });

  it("turns off Flux's network policies and the bundled ingress-nginx", () => {
    expect(values.flux2).toEqual({ policies: { create: false } });
    expect(values["ingress-nginx"]).toEqual({ enabled: false });
  });

  it("matches the guide's zot section, config.json without tls", () => {
    expect(ingressZot(values).ingress).toEqual({
      enabled: true,
      annotations: {
        "nginx.ingress.kubernetes.io/use-regex": "true",
        "nginx.ingress.kubernetes.io/rewrite-target": "/$1",
      },
      hosts: [{ host: "ai.acme.io", paths: [{ path: "/zot/(.*)" }] }],
    });
    expect(ingressZot(values).httpGet).toEqual({ scheme: "HTTP" });
    expect(JSON.parse(ingressZot(values).configFiles["config.json"])).toEqual({
      storage: { rootDirectory: "/var/lib/registry" },
      http: {
        address: "0.0.0.0",
        port: "5000",
        auth: { failDelay: 5, htpasswd: { path: "/secret/htpasswd" } },
      },
      extensions: { search: { enable: true }, ui: { enable: false } },
      log: { level: "debug" },
    });
    expect(ingressZot(values).secretFiles.htpasswd).toBe(
      [
        "admin:$2y$05$vmiurPmJvHylk78HHFWuruFFVePlit9rZWGA/FbZfTEmNRneGJtha",
        "user:$2y$05$L86zqQDfH5y445dcMlwu6uHv.oXFgT6AiJCwpv3ehr7idc0rI3S2G",
      ].join("\n"),
    );
  });

  it("adds registry users after the guide's, or alone when those are dropped", () => {
    const withUsers = validGkeConfig();
    withUsers.registry.users = [{ username: "ci", password: "", hash: "$2b$10$" + "a".repeat(53) }];
    expect(ingressZot(buildGkeValues(withUsers)).secretFiles.htpasswd.split("\n")).toHaveLength(3);
    withUsers.registry.keepGuideUsers = false;
    expect(ingressZot(buildGkeValues(withUsers)).secretFiles.htpasswd).toBe(
      `ci:$2b$10$${"a".repeat(53)}`,
    );
  });

  it("never writes a plaintext password, only hashes", () => {
    const text = JSON.stringify(values);
    for (const user of config.identity.localUsers) expect(text).not.toContain(user.password);
  });
});
