import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { importValues } from "@/lib/import/import-values";
import { renderProfile } from "@/lib/profile/profile";
import { validConfig } from "@/lib/test-support/target-config";
import { TARGET_MODULES } from "@/lib/targets/modules";

import { runCli } from "./run-cli";

const GUIDE_FILE = path.resolve("lib/test-support/fixtures/gke-guide-values.yaml");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function workDir(): string {
  return mkdtempSync(path.join(tmpdir(), "easel-cli-"));
}

describe("easel CLI", () => {
  it("init writes a private starter profile and says what is still to fill in", async () => {
    const dir = workDir();
    const profile = path.join(dir, "profile.yaml");
    const result = await run("init", "--target", "gke", "--domain", "ai.acme.io", "--out", profile);
    expect(result.code).toBe(0);
    expect(result.out).toContain("fleet.hubApiServer: Enter a URL");
    expect(statSync(profile).mode & 0o777).toBe(0o600);
    const text = readFileSync(profile, "utf8");
    expect(parse(text)).toMatchObject({
      easel: "easel.profile/v1",
      config: { target: "gke", global: { domain: "ai.acme.io" } },
    });
    // Each starter is a configuration of its own, which a hub it is applied to will recognise.
    expect(
      (parse(text) as { config: { configurationId: unknown } }).config.configurationId,
    ).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await run("init", "--target", "gke", "--domain", "a.b", "--out", profile)).code).toBe(
      2,
    );
  });

  it("render refuses an incomplete profile with the form's messages, and writes nothing", async () => {
    const dir = workDir();
    const profile = path.join(dir, "profile.yaml");
    await run("init", "--target", "eks", "--domain", "ai.acme.io", "--out", profile);
    const result = await run("render", "--profile", profile, "--out", path.join(dir, "out"));
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      "fleet.hubApiServer: Enter a URL such as https://34.118.0.10:443.",
    );
    expect(() => statSync(path.join(dir, "out"))).toThrow();
  });

  it("render writes values.yaml, secrets.yaml and install.sh from a complete profile", async () => {
    const dir = workDir();
    const profile = path.join(dir, "profile.yaml");
    const out = path.join(dir, "out");
    await run(
      "init",
      "--target",
      "gke",
      "--domain",
      "ai.acme.io",
      "--hub-api-server",
      "https://10.0.0.1",
      "--out",
      profile,
    );
    const result = await run("render", "--profile", profile, "--out", out);
    expect(result).toMatchObject({ code: 0, err: "" });
    const values = parse(readFileSync(path.join(out, "values.yaml"), "utf8"));
    expect(values.global.dns.domain).toBe("ai.acme.io");
    // The starter's admin password was hashed at init; only the hash is in values.yaml.
    expect(values.dex.config.staticPasswords[0].hash).toMatch(/^\$2[aby]\$12\$/);
    expect(parse(readFileSync(profile, "utf8")).config.identity.localUsers[0].password).not.toBe(
      "",
    );
    expect(statSync(path.join(out, "install.sh")).mode & 0o777).toBe(0o700);
    expect(readFileSync(path.join(out, "install.sh"), "utf8")).toContain("helm install mural-crds");
  });

  it("render --values writes the profile into an existing file, byte for byte where nothing changed", async () => {
    const dir = workDir();
    const existing = readFileSync(GUIDE_FILE, "utf8");
    const reading = importValues(TARGET_MODULES.gke, "values.yaml", existing, validConfig("gke"));
    if ("problem" in reading) throw new Error(reading.problem);
    const profile = path.join(dir, "profile.yaml");
    writeFileSync(profile, renderProfile(reading.config, { includeSecrets: true }));
    const out = path.join(dir, "same");
    expect(
      (await run("render", "--profile", profile, "--values", GUIDE_FILE, "--out", out)).code,
    ).toBe(0);
    expect(readFileSync(path.join(out, "values.yaml"), "utf8")).toBe(existing);

    reading.config.global.metrics.scrapeInterval = "30s";
    writeFileSync(profile, renderProfile(reading.config, { includeSecrets: true }));
    const changed = path.join(dir, "changed");
    const result = await run(
      "render",
      "--profile",
      profile,
      "--values",
      GUIDE_FILE,
      "--out",
      changed,
    );
    expect(result.err).toMatch(/line 61: "true," is text/);
    const written = readFileSync(path.join(changed, "values.yaml"), "utf8");
    expect(written).toBe(existing.replace("scrapeInterval: '15s'", "scrapeInterval: '30s'"));
  });

  it.each([
    [[], /Usage:/],
    [["deploy"], /Usage:/],
    [["render", "--profile"], /--profile needs a value/],
    [["render", "--out", "x"], /--profile is required/],
    [
      ["init", "--target", "azure", "--domain", "a.b", "--out", "p.yaml"],
      /--target must be one of gke/,
    ],
    [["init", "--target", "gke", "--domian", "a.b"], /Unknown argument: --domian/],
  ])("exits 2 with the usage for %j", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it("runs as `npm run easel`, with exit codes a script can test", () => {
    const dir = workDir();
    const profile = path.join(dir, "profile.yaml");
    writeFileSync(profile, "easel: easel.profile/v1\nconfig:\n  target: kubernetes\n");
    const npm = (...args: string[]) =>
      spawnSync("npm", ["run", "--silent", "easel", "--", ...args], { encoding: "utf8" });
    const invalid = npm("render", "--profile", profile, "--out", path.join(dir, "out"));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain("global.domain:");
    const missing = npm("render", "--profile", path.join(dir, "none.yaml"), "--out", dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("ENOENT");
  });

  it("installer-preview prints one JSON object: a row per managed field and the final values", async () => {
    const dir = workDir();
    const host = path.join(dir, "values.yaml");
    writeFileSync(host, "global:\n  dns:\n    domain: customer.acme.org\nzot:\n  enabled: true\n");
    const result = await run(
      "installer-preview",
      "--values",
      host,
      "--root-domain",
      "ai.acme.org",
      "--json",
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.fields).toHaveLength(33);
    expect(
      report.fields
        .filter((field: { userEditIgnored: boolean }) => field.userEditIgnored)
        .map((field: { path: string }) => field.path),
    ).toEqual(["global.dns.domain", "zot.enabled"]);
    expect(report.finalValues.global.dns.domain).toBe("ai.acme.org");
    const readable = await run("installer-preview", "--values", host, "--mode", "airgap");
    expect(readable.out).toMatch(/^field +layer +applies/);
    expect(readable.out).toContain("1 of the customer's edits to managed fields are ignored.");
    expect((await run("installer-preview", "--values", host, "--mode", "offline")).code).toBe(2);
  });

  it("installer-preview through npm prints only JSON on stdout", () => {
    const dir = workDir();
    const host = path.join(dir, "values.yaml");
    writeFileSync(host, "canvas:\n  enableHTTP: false\n");
    const result = spawnSync(
      "npm",
      [
        "run",
        "--silent",
        "easel",
        "--",
        "installer-preview",
        "--values",
        host,
        "--disable-static-dex-users",
        "--json",
      ],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(
      report.fields.find((field: { path: string }) => field.path === "canvas.enableHTTP"),
    ).toEqual({
      path: "canvas.enableHTTP",
      layer: "system",
      applies: true,
      condition: "always",
      userValue: false,
      finalValue: true,
      userEditIgnored: true,
    });
  });
});
