import { expect, test } from "./fixtures/test";
import { ConfigPage } from "./pages/config.page";

type Values = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DOMAIN = "paletteai.acme-labs.io";

test("[TARGETS]: the start page offers all five targets, each opening its form", async ({
  page,
}) => {
  await page.goto("/");
  const targets = page.getByRole("list", { name: "Install targets" }).getByRole("listitem");
  await expect(targets).toHaveCount(5);
  await page.getByRole("link", { name: "Amazon EKS" }).click();
  await new ConfigPage(page).expectTarget("eks");
});

test("[EKS]: inferences are written only once taken; the ALB then needs Zot off the Ingress", async ({
  page,
}) => {
  const eks = new ConfigPage(page);
  await eks.open("eks");
  await eks.fillRequired(DOMAIN, "https://0123ABCD.gr7.us-east-1.eks.amazonaws.com");
  await expect(page.getByText("inferred, check your chart").first()).toBeVisible();
  await expect(eks.preview).not.toContainText("ingressClassName");

  await page.getByRole("button", { name: "Use all of Easel's inferences" }).click();
  await expect(eks.field("Ingress class")).toHaveValue("alb");
  await expect(eks.preview).toContainText("ingressClassName: alb");
  await eks.downloadButton.click();
  await expect(eks.errorSummary).toContainText("needs ingress-nginx's regex rewrite");

  await page.getByRole("radio", { name: "An external OCI registry, such as Amazon ECR" }).check();
  const ecr = "oci://123456789012.dkr.ecr.us-east-1.amazonaws.com/paletteai";
  await eks.enter("Registry endpoint", ecr);
  await eks.waitUntilReady();
  const values: Values = await eks.downloadValues();
  expect(values.canvas.ingress.ingressClassName).toBe("alb");
  expect(values.canvas.ingress.annotations).toEqual({
    "alb.ingress.kubernetes.io/scheme": "internet-facing",
    "alb.ingress.kubernetes.io/target-type": "ip",
    "alb.ingress.kubernetes.io/listen-ports": '[{"HTTPS":443}]',
  });
  expect(values.canvas.ingress.tls).toEqual([]);
  expect(values["ingress-nginx"]).toEqual({ enabled: false });
  expect(values.global).not.toHaveProperty("kubernetesProvider");
  expect(values.zot).toEqual({ enabled: false });
  expect(values.hue.ociRegistry.endpoint).toBe(ecr);
  expect(values.fleetConfig.spokes[0].ociRegistry.endpoint).toBe(ecr);
});

test("[AWS IaaS]: untouched ingress settings stay the chart's; chosen ones are written", async ({
  page,
}) => {
  const iaas = new ConfigPage(page);
  await iaas.open("aws-iaas");
  await iaas.fillRequired(DOMAIN, "https://k8s-api.acme-labs.io:6443");
  await iaas.waitUntilReady();
  const untouched: Values = await iaas.downloadValues();
  expect(untouched.canvas.ingress).not.toHaveProperty("ingressClassName");
  expect(untouched.canvas.ingress).not.toHaveProperty("tls");
  expect(untouched).not.toHaveProperty("ingress-nginx");
  expect(untouched.canvas.ingress.paths.map((path: Values) => path.path)).toEqual(["/ai", "/dex"]);

  await page.getByRole("button", { name: "Use ingress class nginx" }).click();
  await page.getByRole("button", { name: "Add annotation" }).click();
  const annotation = page.getByRole("group", { name: "Canvas Ingress annotations: entry 1" });
  await annotation.getByLabel("Annotation key", { exact: true }).fill("Bad Key");
  await annotation.getByLabel("Annotation key", { exact: true }).blur();
  await expect(annotation.locator(".field-error")).toContainText("After the prefix");
  await annotation.getByLabel("Annotation key", { exact: true }).fill("acme.io/owner");
  await annotation.getByLabel("Annotation value", { exact: true }).fill("platform");
  await iaas.waitUntilReady();
  const chosen: Values = await iaas.downloadValues();
  expect(chosen.canvas.ingress.ingressClassName).toBe("nginx");
  expect(chosen.canvas.ingress.annotations).toEqual({ "acme.io/owner": "platform" });
});

test("[Kubernetes]: TLS at the Ingress asks for its certificate Secret", async ({ page }) => {
  const k8s = new ConfigPage(page);
  await k8s.open("kubernetes");
  await k8s.fillRequired(DOMAIN, "https://k8s-api.acme-labs.io:6443");
  await page.getByRole("button", { name: "Use all of Easel's inferences" }).click();
  await expect(k8s.field("Where TLS ends")).toHaveValue("secret");
  await k8s.downloadButton.click();
  await expect(k8s.errorSummary).toContainText("Enter a certificate Secret name.");
  await k8s.enter("Certificate Secret name", "paletteai-tls");
  await k8s.enter("Kubernetes provider (global.kubernetesProvider)", "Vanilla");
  await k8s.waitUntilReady();
  const values: Values = await k8s.downloadValues();
  expect(values.canvas.ingress.tls).toEqual([{ hosts: [DOMAIN], secretName: "paletteai-tls" }]);
  expect(values.canvas.ingress.ingressClassName).toBe("nginx");
  expect(values["ingress-nginx"]).toEqual({ enabled: true });
  expect(values.global.kubernetesProvider).toBe("Vanilla");
});

test("[Appliance]: installer-managed fields are shown read-only and never written", async ({
  page,
}) => {
  const appliance = new ConfigPage(page);
  await appliance.open("appliance");
  await expect(appliance.field("Hub API server")).toHaveCount(0);
  await expect(appliance.field("Audit password")).toHaveCount(0);
  await appliance.enter("Root domain in Local UI", DOMAIN);
  const managed = page.getByRole("table").filter({ hasText: "dex.config.issuer" });
  await expect(
    managed
      .getByRole("row", { name: /dex\.config\.issuer/ })
      .getByRole("cell")
      .first(),
  ).toHaveText(`https://${DOMAIN}/dex`);
  await appliance.reveal("Agent type");
  await page.getByRole("combobox", { name: "Agent type" }).selectOption("prometheus-agent");

  await appliance.waitUntilReady();
  const adminPassword = await appliance.revealSecret("Password");
  const values: Values = await appliance.downloadValues();
  expect(Object.keys(values)).toEqual(["global", "fleetConfig", "dex"]);
  expect(values.global).toEqual({
    metrics: { timeout: "5s", scrapeInterval: "15s", agentType: "prometheus-agent" },
  });
  expect(values.fleetConfig.spokes.map((spoke: Values) => spoke.name)).toEqual(["hub-as-spoke"]);
  expect(values.dex.config.staticPasswords[0].email).toBe(`admin@${DOMAIN}`);
  expect(JSON.stringify(values)).not.toContain(adminPassword);

  // With local users cleared by the installer, only a connector could let anyone sign in.
  await page.getByLabel('"Disable Static Dex Users" is on in Local UI').check();
  await expect(page.getByRole("button", { name: "Add local user" })).toHaveCount(0);
  await appliance.downloadButton.click();
  await expect(appliance.errorSummary).toContainText("add a connector");
});

test("[SWITCH]: switching target keeps what applies and names what no longer does", async ({
  page,
}) => {
  const form = new ConfigPage(page);
  await form.open("gke");
  await form.fillRequired(DOMAIN, "https://34.118.22.7");
  await form.enter("Global static IP address name", "paletteai-ip");
  await page.getByRole("button", { name: "Add dedicated spoke" }).click();
  await page
    .getByRole("group", { name: "Spoke 2" })
    .getByLabel("Spoke name", { exact: true })
    .fill("gpu-east");

  await page
    .getByRole("navigation", { name: "Install target" })
    .getByRole("link", { name: "EKS" })
    .click();
  await form.expectTarget("eks");
  const toEks = page.getByRole("status").filter({ hasText: "Switched from GKE" });
  await expect(toEks).toContainText("No longer applies on EKS:");
  await expect(toEks.getByRole("listitem")).toHaveText(["Global static IP address name"]);
  await expect(form.field("Domain")).toHaveValue(DOMAIN);
  await expect(form.field("Hub API server")).toHaveValue("https://34.118.22.7");

  await page
    .getByRole("navigation", { name: "Install target" })
    .getByRole("link", { name: "Appliance" })
    .click();
  await form.expectTarget("appliance");
  const toAppliance = page.getByRole("status").filter({ hasText: "Switched from EKS" });
  await expect(toAppliance.getByRole("listitem")).toContainText([
    "Audit logging credentials",
    "Hub API server",
    "Session secret",
    "Ingress settings",
    "Dex client secrets",
    "OCI registry",
  ]);
  await expect(form.field("Root domain in Local UI")).toHaveValue(DOMAIN);
  await expect(
    page.getByRole("group", { name: "Spoke 2" }).getByLabel("Spoke name", { exact: true }),
  ).toHaveValue("gpu-east");
});
