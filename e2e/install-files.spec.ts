import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAllDocuments } from "yaml";

import { kubectlKubeconfig } from "../test/support/kubeconfig";
import { kubectlSecret } from "../test/support/kubectl-secret";
import { expect, test } from "./fixtures/test";
import { ConfigPage, parseValues } from "./pages/config.page";

const DOMAIN = "paletteai.acme-labs.io";
const HUB = "https://34.118.22.7";

test("[BUNDLE]: a spoke's kubeconfig and an integration token become Secrets kubectl would make", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await page.getByRole("button", { name: "Add dedicated spoke" }).click();
  const spoke = page.getByRole("group", { name: "Spoke 2" });
  await spoke.getByLabel("Spoke name", { exact: true }).fill("gpu-east");
  const upload = spoke.getByLabel("Kubeconfig file", { exact: true });
  await upload.setInputFiles({
    name: "broken.kubeconfig",
    mimeType: "text/yaml",
    buffer: Buffer.from("kind: Config\nclusters: [\n"),
  });
  await expect(spoke.locator(".field-error")).toContainText("not valid YAML (line 3, column 1)");
  const kubeconfig = kubectlKubeconfig({ server: "https://10.20.0.5:6443" });
  await upload.setInputFiles({
    name: "spoke.kubeconfig",
    mimeType: "text/yaml",
    buffer: Buffer.from(kubeconfig),
  });
  await expect(spoke.getByRole("status").filter({ hasText: "Context" })).toHaveText(
    "spoke.kubeconfig: Context gpu-east: https://10.20.0.5:6443 as gpu-east-user",
  );

  await gke.enter("Tenant or Project namespace", "primary-dev");
  await page.getByLabel("Create the Hugging Face token's Secret").check();
  await gke.field("Hugging Face token").fill("hf_easel_e2e_token");

  await page.getByRole("button", { name: "secrets.yaml", exact: true }).click();
  const secretsPreview = page.getByTestId("secrets-preview");
  await expect(secretsPreview).toContainText("name: huggingface-token");
  await expect(secretsPreview).toContainText("token: ••••••••");
  await expect(secretsPreview).not.toContainText(
    Buffer.from("hf_easel_e2e_token").toString("base64"),
  );

  await gke.waitUntilReady();
  const download = await gke.startDownload(
    page.getByRole("button", { name: "Download all (.zip)" }),
  );
  expect(download.suggestedFilename()).toBe("paletteai-gke-install.zip");
  const dir = mkdtempSync(path.join(tmpdir(), "easel-e2e-bundle-"));
  try {
    const zip = path.join(dir, "bundle.zip");
    await download.saveAs(zip);
    execFileSync("unzip", ["-q", zip, "-d", dir]);
    const read = (name: string) => readFileSync(path.join(dir, name), "utf8");

    const values = parseValues(read("values.yaml")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(values.fleetConfig.spokes[1].kubeconfig.secretReference).toEqual({
      name: "spoke-kubeconfig-gpu-east",
      kubeconfigKey: "kubeconfig",
    });
    const objects = parseAllDocuments(read("secrets.yaml")).map((document) => document.toJS());
    expect(objects.map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([
      "Namespace/mural-system",
      "Namespace/primary-dev",
      "Secret/spoke-kubeconfig-gpu-east",
      "Secret/huggingface-token",
    ]);
    const decode = (data: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(data).map(([k, v]) => [k, Buffer.from(v, "base64").toString()]),
      );
    const spokeSecret = kubectlSecret("spoke-kubeconfig-gpu-east", "mural-system", { kubeconfig });
    expect(objects[2].metadata).toEqual({
      name: "spoke-kubeconfig-gpu-east",
      namespace: "mural-system",
      labels: { "app.kubernetes.io/managed-by": "easel" },
    });
    expect(decode(objects[2].data)).toEqual(decode(spokeSecret.data as Record<string, string>));
    expect(decode(objects[3].data)).toEqual({ token: "hf_easel_e2e_token" });

    const script = read("install.sh");
    expect(script).toContain("kubectl apply --server-side --field-manager=easel -f secrets.yaml");
    expect(script).toContain("--version '1.0.0'");
    writeFileSync(path.join(dir, "check.sh"), script);
    execFileSync("sh", ["-n", path.join(dir, "check.sh")]);
    const readme = read("README.md");
    expect(readme).toContain("sh install.sh");
    // After the commands, the next steps: the DNS record, the login URL, and upgrading.
    expect(readme).toContain(`Create a DNS record for ${DOMAIN} pointing at that address.`);
    expect(readme).toContain(`Open https://${DOMAIN}/ai once the DNS record answers.`);
    expect(readme).toMatch(/^- values\.yaml: .*Keep it private/m);
    expect(readme).toContain("`sh install.sh upgrade`");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("[BUNDLE]: install.sh pulls from the configured mirror, over plain HTTP, waiting as configured", async ({
  page,
}) => {
  const gke = new ConfigPage(page);
  await gke.open();
  await gke.fillRequired(DOMAIN, HUB);
  await expect(gke.field("Chart registry")).toHaveValue("oci://public.ecr.aws/mural");
  await gke.enter("Chart registry", "oci://admin:hunter2@10.0.0.12:5000/mural");
  await expect(gke.fieldError("Chart registry")).toHaveText(
    "Leave the user name and password out of the address: give them as the registry credentials in the hub panel, which are never stored.",
  );
  await gke.enter("Chart registry", "oci://10.0.0.12:5000/mural");
  await expect(gke.fieldError("Chart registry")).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Plain HTTP" }).check();
  const timeout = page.getByRole("spinbutton", { name: "Helm timeout (minutes)" });
  await expect(timeout).toHaveValue("10");
  await gke.enter("Helm timeout (minutes)", "0");
  await expect(gke.fieldError("Helm timeout (minutes)")).toHaveText(
    "Enter the minutes Helm waits for each release, a whole number from 1 to 120.",
  );
  await gke.enter("Helm timeout (minutes)", "30");
  await expect(gke.fieldError("Helm timeout (minutes)")).toHaveCount(0);

  await gke.waitUntilReady();
  const download = await gke.startDownload(
    page.getByRole("button", { name: "Download install.sh" }),
  );
  const script = readFileSync(await download.path(), "utf8");
  expect(script).toContain(
    "helm install mural-crds oci://10.0.0.12:5000/mural/mural-crds --version '0.6.0' --plain-http \\\n    --namespace mural-system --create-namespace --wait --timeout 30m",
  );
  expect(script).toContain(
    "helm upgrade mural oci://10.0.0.12:5000/mural/mural --version '1.0.0' --plain-http \\\n    --namespace mural-system --values values.yaml --wait --timeout 30m",
  );
  expect(script).not.toContain("public.ecr.aws");
});
