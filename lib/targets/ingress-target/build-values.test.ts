import { describe, expect, it } from "vitest";

import type { MuralValues } from "@/lib/chart/values-shape";
import { INGRESS_CHART_DEFAULTS } from "@/lib/schemas/sections/ingress-model";
import type { IngressTargetConfig } from "@/lib/schemas/targets";
import { buildGkeValues } from "@/lib/targets/gke/build-values";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { validGkeConfig } from "@/test/support/gke-config";
import { keysOutsideDocs } from "@/test/support/key-paths";
import { validConfig } from "@/test/support/target-config";

import { buildIngressTargetValues } from "./build-values";

const TARGETS = ["eks", "aws-iaas", "kubernetes"] as const;

/** Everything the admin set from Easel's inferences for `target`. */
function withInferences(config: IngressTargetConfig): IngressTargetConfig {
  const inferences = TARGET_MODULES[config.target].ingressInferences;
  if (!inferences) throw new Error(`${config.target} has no inferences`);
  config.ingress = {
    ...config.ingress,
    className: inferences.className.value,
    annotations: inferences.annotations.value,
    tls: inferences.tls.value,
    tlsSecretName: "paletteai-tls",
    bundledIngressNginx: inferences.bundledIngressNginx.value,
  };
  return config;
}

describe.each(TARGETS)("[%s] buildIngressTargetValues", (target) => {
  it("leaves every inferred setting to the chart until the admin takes it", () => {
    const values = buildIngressTargetValues(validConfig(target));
    expect(values.canvas.ingress).not.toHaveProperty("ingressClassName");
    expect(values.canvas.ingress).not.toHaveProperty("annotations");
    expect(values.canvas.ingress).not.toHaveProperty("tls");
    expect(values).not.toHaveProperty("ingress-nginx");
    expect(values.global).not.toHaveProperty("kubernetesProvider");
    expect(values.dex).not.toHaveProperty("service");
  });

  it("writes no key the PaletteAI docs do not name, with or without the inferences", () => {
    expect(keysOutsideDocs(buildIngressTargetValues(validConfig(target)))).toEqual([]);
    expect(keysOutsideDocs(buildIngressTargetValues(withInferences(validConfig(target))))).toEqual(
      [],
    );
  });

  it("shapes everything else as the GKE guide does", () => {
    const gke = validGkeConfig();
    const { staticIpName: _ip, ...canvas } = gke.canvas;
    const config = { ...gke, target, canvas, ingress: structuredClone(INGRESS_CHART_DEFAULTS) };
    const withoutProviderBits = (values: MuralValues) => {
      const { kubernetesProvider: _provider, ...global } = values.global;
      const {
        ingressClassName: _class,
        annotations: _annotations,
        tls: _tls,
        ...ingress
      } = values.canvas.ingress;
      const { service: _service, ...dex } = values.dex;
      const { "ingress-nginx": _nginx, ...rest } = values;
      return { ...rest, global, canvas: { ...values.canvas, ingress }, dex };
    };
    expect(withoutProviderBits(buildIngressTargetValues(config))).toEqual(
      withoutProviderBits(buildGkeValues(gke)),
    );
  });

  it("writes the ingress choices the admin took", () => {
    const config = validConfig(target);
    config.ingress = {
      className: "traefik",
      annotations: [{ key: "example.org/owner", value: "platform" }],
      tls: "secret",
      tlsSecretName: "paletteai-tls",
      bundledIngressNginx: "disabled",
      kubernetesProvider: "Custom",
    };
    const values = buildIngressTargetValues(config);
    expect(values.canvas.ingress).toMatchObject({
      ingressClassName: "traefik",
      annotations: { "example.org/owner": "platform" },
      tls: [{ hosts: ["paletteai.example.org"], secretName: "paletteai-tls" }],
    });
    expect(values["ingress-nginx"]).toEqual({ enabled: false });
    expect(values.global.kubernetesProvider).toBe("Custom");
  });

  it("writes tls: [] when a load balancer in front ends TLS, as on GKE", () => {
    const config = validConfig(target);
    config.ingress.tls = "load-balancer";
    expect(buildIngressTargetValues(config).canvas.ingress.tls).toEqual([]);
  });
});

describe("[eks] inferences", () => {
  it("are the AWS Load Balancer Controller's: an internet-facing ALB ending TLS, ingress-nginx off", () => {
    const values = buildIngressTargetValues(withInferences(validConfig("eks")));
    expect(values.canvas.ingress).toMatchObject({
      ingressClassName: "alb",
      annotations: {
        "alb.ingress.kubernetes.io/scheme": "internet-facing",
        "alb.ingress.kubernetes.io/target-type": "ip",
        "alb.ingress.kubernetes.io/listen-ports": '[{"HTTPS":443}]',
      },
      tls: [],
    });
    expect(values["ingress-nginx"]).toEqual({ enabled: false });
  });
});
