import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { importValues } from "@/lib/import/import-values";
import { renderProfile } from "@/lib/profile/profile";
import { TARGET_MODULES } from "@/lib/targets/modules";
import { GUIDE_DOMAIN, OLD_DOMAIN_FILE } from "@/test/support/old-domain-file";
import { validConfig } from "@/test/support/target-config";

import { runCli } from "./run-cli";

const NEW_DOMAIN = "paletteai.acme.io";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A profile of the file's settings with the new domain, beside the file, in a fresh folder. */
function filesWithNewDomain() {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-cli-old-domain-"));
  const values = path.join(dir, "values.yaml");
  writeFileSync(values, OLD_DOMAIN_FILE);
  const reading = importValues(
    TARGET_MODULES.gke,
    "values.yaml",
    OLD_DOMAIN_FILE,
    validConfig("gke"),
  );
  if ("problem" in reading) throw new Error(reading.problem);
  reading.config.global.domain = NEW_DOMAIN;
  const profile = path.join(dir, "profile.yaml");
  writeFileSync(profile, renderProfile(reading.config, { includeSecrets: true }));
  return { dir, values, profile };
}

describe("render --values with a profile of another domain", () => {
  it("warns at each value still naming the old domain, and leaves it there", async () => {
    const { dir, values, profile } = filesWithNewDomain();
    const out = path.join(dir, "out");
    const result = await run("render", "--profile", profile, "--values", values, "--out", out);
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      `${values}, line 193: hue.ociRegistry.endpoint still names the old domain ${GUIDE_DOMAIN}: "zot.${GUIDE_DOMAIN}:5000" (would become "zot.${NEW_DOMAIN}:5000")`,
    );
    expect(result.err).toContain(
      `${values}, line 201: acmeNotes.webhookToken still names the old domain ${GUIDE_DOMAIN}: (a secret, not shown)`,
    );
    expect(result.err).not.toContain("T0K3N");
    expect(result.err).toContain(
      "The old domain stays in these 6 places; --replace-old-domain replaces it.",
    );
    const written = parse(readFileSync(path.join(out, "values.yaml"), "utf8"));
    expect(written.hue.ociRegistry.endpoint).toBe(`zot.${GUIDE_DOMAIN}:5000`);
    expect(written.global.dns.domain).toBe(NEW_DOMAIN);
  });

  it("replaces them with --replace-old-domain, comments kept", async () => {
    const { dir, values, profile } = filesWithNewDomain();
    const out = path.join(dir, "out");
    const flags = ["--profile", profile, "--values", values, "--out", out];
    const result = await run("render", ...flags, "--replace-old-domain");
    expect(result.code).toBe(0);
    expect(result.err).toContain(`Replaced ${GUIDE_DOMAIN} with ${NEW_DOMAIN} in these 6 places.`);
    const text = readFileSync(path.join(out, "values.yaml"), "utf8");
    expect(text).toContain(
      `    endpoint: zot.${NEW_DOMAIN}:5000 # the registry's own load balancer`,
    );
    expect(text).toContain(`  webhookToken: https://hooks.${NEW_DOMAIN}/T0K3N-never-shown`);
    expect(text).toContain(`set by hand: ${GUIDE_DOMAIN} in a comment is not a value.`);
    expect(readFileSync(values, "utf8")).toBe(OLD_DOMAIN_FILE);
  });
});
