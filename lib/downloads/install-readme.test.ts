import { describe, expect, it } from "vitest";

import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { TARGET_IDS, type TargetId } from "@/lib/targets/catalog";
import { targetModule } from "@/lib/targets/modules";
import { renewGuideUsers } from "@/lib/values-builders/guide-registry-users";
import { validConfig } from "@/test/support/target-config";

import { buildInstallFiles } from "./install-files";
import { buildInstallReadme } from "./install-readme";

const GENERATED_AT = new Date("2026-11-21T10:00:00Z");

function readme(target: TargetId, domain = "ai.acme.io") {
  return buildInstallReadme(validConfig(target, { domain }), GENERATED_AT);
}

/** The README's text after its "Next steps" heading. */
function nextSteps(text: string): string {
  const at = text.indexOf("## Next steps");
  expect(at).toBeGreaterThan(text.indexOf("sh install.sh"));
  return text.slice(at);
}

describe("the install README", () => {
  it.each(TARGET_IDS)(
    "%s: after the install commands, the DNS record, login and upgrade",
    (target) => {
      const steps = nextSteps(readme(target));
      expect(steps).toContain("### Create the DNS record");
      expect(steps).toMatch(/\bA record\b/);
      expect(steps).toContain("https://ai.acme.io/ai");
      expect(steps).toContain("admin@ai.acme.io");
      expect(steps).toContain('"Import an existing values.yaml"');
    },
  );

  it.each(TARGET_IDS)("%s: labels values.yaml and secrets.yaml keep private", (target) => {
    const text = readme(target);
    expect(text).toMatch(/^- values\.yaml: .*Keep it private/m);
    expect(text).toMatch(/^- secrets\.yaml: .*Keep it private/m);
  });

  it("derives the login URL from the domain", () => {
    expect(readme("eks", "paletteai.corp.example")).toContain(
      "Open https://paletteai.corp.example/ai once the DNS record answers.",
    );
  });

  it("GKE: says what the guide says, how to read the ingress address, and the static IP", () => {
    const config = validConfig("gke", { domain: "ai.acme.io" });
    const plain = nextSteps(buildInstallReadme(config, GENERATED_AT));
    expect(plain).toContain("kubectl get ingress canvas --namespace mural-system");
    expect(plain).toContain(
      "The GKE guide: create a DNS record for that load balancer IP; with Cloud DNS, an A record",
    );
    expect(plain).toContain("Create a DNS record for ai.acme.io pointing at that address.");
    expect(plain).not.toContain("static IP");
    config.canvas.staticIpName = "paletteai-ip";
    const withIp = nextSteps(buildInstallReadme(config, GENERATED_AT));
    expect(withIp).toContain("global static IP address named paletteai-ip");
  });

  it.each(["eks", "aws-iaas", "kubernetes"] as const)(
    "%s: marks the DNS advice as inferred, without a guide",
    (target) => {
      const steps = nextSteps(readme(target));
      expect(steps).toContain("kubectl get ingress canvas --namespace mural-system");
      expect(steps).toContain("Inferred by Easel");
      expect(steps).toContain("CNAME");
    },
  );

  it("asks for Zot's own record when Zot has its own load balancer", () => {
    const config = validConfig("gke", { domain: "ai.acme.io" });
    expect(buildInstallReadme(config, GENERATED_AT)).not.toContain("additional DNS");
    config.registry.mode = "zot-load-balancer";
    config.registry.endpoint = "oci://zot.ai.acme.io:5000";
    expect(buildInstallReadme(config, GENERATED_AT)).toContain(
      "additional DNS A or CNAME record; it can be made after the install. Create it for zot.ai.acme.io,",
    );
  });

  it("upgrades with helm upgrade and the same values.yaml; the appliance merges its host file", () => {
    expect(nextSteps(readme("gke"))).toContain("`sh install.sh upgrade` runs `helm upgrade`");
    const appliance = nextSteps(readme("appliance"));
    expect(appliance).toContain("/usr/local/palette-ai/values.yaml again");
    expect(appliance).toContain("VIP address");
    expect(appliance).toContain("Inferred by Easel");
  });

  it("names the configured registry in its upgrade command, as install.sh runs it", () => {
    expect(nextSteps(readme("gke"))).toContain(
      "`helm upgrade mural oci://public.ecr.aws/mural/mural --version <version> --namespace mural-system --values values.yaml --wait --timeout 10m`",
    );
    const config = validConfig("aws-iaas", { domain: "ai.acme.io" });
    config.install.chartRegistry = "oci://10.0.0.12:5000/mural";
    config.install.chartPlainHttp = true;
    config.install.helmTimeoutMinutes = 20;
    expect(nextSteps(buildInstallReadme(config, GENERATED_AT))).toContain(
      "`helm upgrade mural oci://10.0.0.12:5000/mural/mural --version <version> --plain-http --namespace mural-system --values values.yaml --wait --timeout 20m`",
    );
  });

  it("the appliance without a root domain names the address to open, and only typed emails", () => {
    const config = validConfig("appliance", { domain: "" });
    const [admin] = config.identity.localUsers;
    const text = buildInstallReadme(config, GENERATED_AT);
    expect(text).toContain("Open https://<domain-or-vip-address>/ai once");
    expect(text).not.toContain("log in with their email");
    if (admin) admin.email = "admin@corp.example";
    expect(buildInstallReadme(config, GENERATED_AT)).toContain(
      "Local users log in with their email (admin@corp.example)",
    );
  });

  it("says the guide's registry users have public passwords while they are kept, and how to renew them", () => {
    const kept = readme("gke");
    expect(nextSteps(kept)).toContain("### The registry's default users");
    expect(kept).toContain(
      "The guide's registry users admin and user have public passwords: admin and user, the zot chart's defaults.",
    );
    expect(kept).toContain(
      'choose "Give the guide\'s registry users new passwords" in the OCI registry section: it keeps the names admin and user with new generated passwords',
    );
    const config = validConfig("gke", { domain: "ai.acme.io" });
    config.registry = renewGuideUsers(config.registry);
    expect(buildInstallReadme(config, GENERATED_AT)).not.toContain("public passwords");
    config.registry = { ...validConfig("gke").registry, mode: "external" };
    expect(buildInstallReadme(config, GENERATED_AT)).not.toContain("public passwords");
  });

  it("says connector users log in through their identity provider, only with a connector", () => {
    const config = validConfig("gke", { domain: "ai.acme.io" });
    expect(buildInstallReadme(config, GENERATED_AT)).not.toContain("identity provider");
    config.identity.connectors = [newConnector("github", "github")];
    expect(buildInstallReadme(config, GENERATED_AT)).toContain(
      "Users of a connector log in through their identity provider.",
    );
  });

  it("the appliance's values.yaml holds no secret its installer makes", () => {
    expect(readme("appliance")).not.toContain("session secret");
    expect(readme("gke")).toContain("Canvas' session secret");
  });
});

describe("each file that holds credentials says so in its own header", () => {
  it.each(TARGET_IDS)("%s: values.yaml and secrets.yaml", (target) => {
    const files = buildInstallFiles(targetModule(target), validConfig(target), GENERATED_AT);
    for (const name of ["values.yaml", "secrets.yaml"] as const) {
      const header = files[name].split("\n").filter((line) => line.startsWith("#"));
      expect(header.join("\n"), name).toContain("Keep this file private: it holds credentials.");
    }
  });
});
