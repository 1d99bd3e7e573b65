import { describe, expect, it } from "vitest";

import { serviceAccountKeyProblem } from "@/lib/dex/google-service-account";
import { readKubeconfig } from "@/lib/kubeconfig/read";
import { readPemCertificates } from "@/lib/pki/pem-certificate";
import { readProfile } from "@/lib/profile/profile";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { opensslCertificate } from "@/test/support/certificates";
import { aliasBomb, deeplyNested } from "@/test/support/hostile-yaml";
import { kubectlKubeconfig } from "@/test/support/kubeconfig";
import { sampleServiceAccountKey } from "@/test/support/service-account-key";
import { validConfig } from "@/test/support/target-config";

import { importValues } from "./import-values";

const MIB = 1024 * 1024;
const ca = opensslCertificate({ isCa: true });

function importOf(text: string) {
  return importValues(TARGET_MODULES.gke, "values.yaml", text, validConfig("gke"));
}

function importProblem(text: string): string | undefined {
  const result = importOf(text);
  return "problem" in result ? result.problem : undefined;
}

function importWarnings(text: string): string[] {
  const result = importOf(text);
  if ("problem" in result) throw new Error(`refused: ${result.problem}`);
  return result.imported.warnings.map((warning) => `${warning.line}: ${warning.message}`);
}

function kubeconfigProblem(text: string, context = ""): string | undefined {
  const reading = readKubeconfig(text, context);
  return "problem" in reading ? reading.problem : undefined;
}

function pemProblem(text: string): string | undefined {
  const reading = readPemCertificates(text);
  return "problem" in reading ? reading.problem : undefined;
}

function profileProblem(text: string): string | undefined {
  const reading = readProfile(text);
  return "problems" in reading ? reading.problems[0]?.message : undefined;
}

const SERVER = "https://10.20.0.5:6443";

/** Input that must be refused, with the reason the admin sees. */
const REFUSED: readonly [string, () => string | undefined, RegExp][] = [
  [
    "values: an unclosed flow mapping",
    () => importProblem("global: {dns: x\n"),
    /not valid YAML \(line \d+, column \d+\)/,
  ],
  [
    "values: a key indented wrongly",
    () => importProblem("global:\n    dns: a\n  metrics: b\n"),
    /not valid YAML \(line 3, column \d+\)/,
  ],
  [
    "values: a tab as indentation",
    () => importProblem("global:\n\tdns: a\n"),
    /not valid YAML \(line 2/,
  ],
  ["values: an unclosed quote", () => importProblem('global:\n  dns: "a\n'), /not valid YAML/],
  [
    "values: an alias that was never anchored",
    () => importProblem("global: *nowhere\n"),
    /not valid YAML/,
  ],
  ["values: an alias bomb", () => importProblem(aliasBomb()), /expands its aliases too far/],
  [
    "values: a 20 MB paste",
    () => importProblem(`global:\n  x: "${"a".repeat(20 * MIB)}"\n`),
    /Easel reads at most 1024 KiB/,
  ],
  ["values: just over 1 MiB", () => importProblem(`x: "${"a".repeat(MIB)}"\n`), /at most 1024 KiB/],
  [
    "values: binary (an ELF header)",
    () => importProblem("\u007fELF\u0002\u0001\u0001\u0000\u0000"),
    /binary, not YAML/,
  ],
  [
    "values: a PNG read as text",
    () => importProblem("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"),
    /binary/,
  ],
  [
    "values: 5,000 nested lists",
    () => importProblem(`${"[".repeat(5000)}${"]".repeat(5000)}`),
    /nested/,
  ],
  [
    "values: 100 nested mappings",
    () => importProblem(deeplyNested(100)),
    /nested more than 64 levels/,
  ],
  ["values: a list at the top", () => importProblem("- global\n- dex\n"), /top level must be keys/],
  ["values: a lone scalar", () => importProblem("hello\n"), /top level must be keys/],
  [
    "values: the GKE guide's impersonation snippet verbatim",
    () =>
      importProblem(
        "canvas:\n  impersonationProxy:\n    enabled: true,\n    userMode: 'passthrough',\n",
      ),
    /not valid YAML \(line 4, column \d+\)/,
  ],
  ["values: two documents", () => importProblem("global: {}\n---\ndex: {}\n"), /not valid YAML/],
  ["kubeconfig: not YAML", () => kubeconfigProblem("clusters: [\n"), /not valid YAML \(line/],
  [
    "kubeconfig: a plain-http server",
    () => kubeconfigProblem(kubectlKubeconfig({ server: "http://10.0.0.1:8080" })),
    /not https/,
  ],
  [
    "kubeconfig: a missing context",
    () => kubeconfigProblem(kubectlKubeconfig({ server: SERVER }), "prod"),
    /prod is not a context in this kubeconfig/,
  ],
  [
    "kubeconfig: no user",
    () =>
      kubeconfigProblem("kind: Config\nclusters: [{name: c, cluster: {server: 'https://a'}}]\n"),
    /no user/,
  ],
  ["kubeconfig: an alias bomb", () => kubeconfigProblem(aliasBomb()), /aliases/],
  ["kubeconfig: binary", () => kubeconfigProblem("\u0000\u0001\u0002"), /binary/],
  ["CA: plain text", () => pemProblem("my company CA"), /No PEM certificate/],
  [
    "CA: a PEM block of garbage",
    () =>
      pemProblem("-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n"),
    /does not parse as an X\.509 certificate/,
  ],
  [
    "CA: a private key instead of the certificate",
    () => pemProblem(ca.privateKey),
    /private key, not a certificate/,
  ],
  [
    "CA: a certificate bundled with its key",
    () => pemProblem(`${ca.certificate}${ca.privateKey}`),
    /private key/,
  ],
  [
    "Google key: not JSON",
    () => serviceAccountKeyProblem("{ type: service_account"),
    /This is not JSON/,
  ],
  [
    "Google key: a user's credentials",
    () => serviceAccountKeyProblem(sampleServiceAccountKey({ type: "authorized_user" })),
    /service.account/i,
  ],
  [
    "profile: a values file instead",
    () => profileProblem("global:\n  dns:\n    domain: a.b\n"),
    /not an Easel profile/,
  ],
  [
    "profile: an unknown target",
    () => profileProblem("easel: easel.profile/v1\nconfig:\n  target: azure\n"),
    /one of gke/,
  ],
  ["profile: an alias bomb", () => profileProblem(aliasBomb()), /aliases/],
];

/** Input that is read, with a warning at the line that needs a look. */
const FLAGGED: readonly [string, string, RegExp][] = [
  [
    "the docs' `enabled: true,`",
    "canvas:\n  impersonationProxy:\n    enabled: true,\n",
    /^3: "true," is text/,
  ],
  [
    "a docs placeholder",
    "global:\n  dns:\n    domain: replace.with.your.domain\n",
    /^3: .*placeholder/,
  ],
  ["a key written twice", "global: {}\nglobal: {}\n", /^2: "global" is already a key on line 1/],
  ["a tab after a key", "global:\t{}\n", /^1: A tab on this line/],
  [
    "a domain that is a number",
    "global:\n  dns:\n    domain: 42\n",
    /^3: Easel expected text here but found a number/,
  ],
  [
    "spokes that are text",
    "fleetConfig:\n  spokes: hub-as-spoke\n",
    /^2: Easel expected a list here but found text/,
  ],
  [
    "connectors that are a number",
    "dex:\n  config:\n    connectors: 12\n",
    /^3: Easel expected a list/,
  ],
  [
    "a local user without a hash",
    "dex:\n  config:\n    staticPasswords:\n      - email: a@acme.io\n",
    /^4: This local user has no hash/,
  ],
];

describe("bad input corpus", () => {
  it("holds at least 30 inputs", () => {
    expect(REFUSED.length + FLAGGED.length).toBeGreaterThanOrEqual(30);
  });

  it.each(REFUSED)("refuses %s with a clear reason", (_name, read, reason) => {
    expect(read()).toMatch(reason);
  });

  it.each(FLAGGED)("reads %s and flags its line", (_name, text, warning) => {
    expect(importWarnings(text)).toEqual(expect.arrayContaining([expect.stringMatching(warning)]));
  });
});
