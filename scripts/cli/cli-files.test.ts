import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { renderProfile } from "@/lib/profile/profile";
import { validConfig } from "@/test/support/target-config";

import { runCli } from "./run-cli";

const BUNDLE = ["README.md", "install.sh", "secrets.yaml", "values.yaml"];

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The command's result, or a failure when it is still running after `ms` (a blocked read). */
async function within(ms: number, running: ReturnType<typeof run>) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}

function workDir(): string {
  return mkdtempSync(path.join(tmpdir(), "easel-cli-files-"));
}

/** A complete profile, so that render would write every file of the bundle. */
function completeProfile(dir: string): string {
  const profile = path.join(dir, "profile.yaml");
  writeFileSync(profile, renderProfile(validConfig("gke"), { includeSecrets: true }));
  return profile;
}

/** A file another user could read (and a link's target that must stay as it is). */
function worldReadable(file: string, text: string): string {
  writeFileSync(file, text);
  chmodSync(file, 0o644);
  return file;
}

function mode(file: string): number {
  return statSync(file).mode & 0o777;
}

/** Unblocks a reader still waiting on the FIFO (the CLI before no-blocking reads), if any. */
function releaseFifo(fifo: string): void {
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO: nobody is reading it.
  }
}

describe("the CLI's files: never through a link", () => {
  it("render refuses a dangling link in the bundle's place, and creates nothing", async () => {
    const dir = workDir();
    const out = path.join(dir, "out");
    mkdirSync(out);
    const target = path.join(dir, "elsewhere.yaml");
    symlinkSync(target, path.join(out, "values.yaml"));
    const result = await run("render", "--profile", completeProfile(dir), "--out", out);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${path.join(out, "values.yaml")} is a symbolic link; Easel never writes through a link (it could point at any file). Remove it or choose another --out.`,
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(out)).toEqual(["values.yaml"]);
  });

  it("render never writes the secrets into a world-readable file a link points at", async () => {
    const dir = workDir();
    const out = path.join(dir, "out");
    mkdirSync(out);
    const shared = worldReadable(path.join(dir, "shared.txt"), "public notes\n");
    symlinkSync(shared, path.join(out, "secrets.yaml"));
    const render = ["render", "--profile", completeProfile(dir), "--out", out];
    // --force replaces files, never what a link points at.
    for (const argv of [render, [...render, "--force"]]) {
      const result = await run(...argv);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`${path.join(out, "secrets.yaml")} is a symbolic link`);
      expect(readFileSync(shared, "utf8")).toBe("public notes\n");
      expect(mode(shared)).toBe(0o644);
      expect(readdirSync(out)).toEqual(["secrets.yaml"]);
    }
  });

  it("render leaves the target of a linked install.sh as it was, not executable", async () => {
    const dir = workDir();
    const out = path.join(dir, "out");
    mkdirSync(out);
    const script = worldReadable(path.join(dir, "notes.sh"), "echo hello\n");
    symlinkSync(script, path.join(out, "install.sh"));
    symlinkSync(path.join(dir, "gone.md"), path.join(out, "README.md"));
    const result = await run("render", "--profile", completeProfile(dir), "--out", out);
    expect(result.code).toBe(1);
    // Every link is named at once, so one run says all there is to fix.
    expect(result.err).toContain(
      `${path.join(out, "install.sh")}, ${path.join(out, "README.md")} are symbolic links`,
    );
    expect(mode(script)).toBe(0o644);
    expect(readFileSync(script, "utf8")).toBe("echo hello\n");
    expect(existsSync(path.join(dir, "gone.md"))).toBe(false);
  });

  it("init refuses a link as its profile, dangling or not", async () => {
    const dir = workDir();
    const dangling = path.join(dir, "profile.yaml");
    symlinkSync(path.join(dir, "made-through-the-link.yaml"), dangling);
    const init = (out: string, ...more: string[]) =>
      run("init", "--target", "gke", "--domain", "ai.acme.io", "--out", out, ...more);
    const first = await init(dangling, "--force");
    expect(first.code).toBe(1);
    expect(first.err).toContain(`${dangling} is a symbolic link`);
    expect(existsSync(path.join(dir, "made-through-the-link.yaml"))).toBe(false);
    const shared = worldReadable(path.join(dir, "shared.yaml"), "kept: true\n");
    const linked = path.join(dir, "linked.yaml");
    symlinkSync(shared, linked);
    expect((await init(linked, "--force")).code).toBe(1);
    expect(readFileSync(shared, "utf8")).toBe("kept: true\n");
    expect(mode(shared)).toBe(0o644);
  });

  it("render follows an --out directory that is itself a link, but not a dangling one", async () => {
    const dir = workDir();
    const real = path.join(dir, "real");
    mkdirSync(real);
    symlinkSync(real, path.join(dir, "linked"));
    const profile = completeProfile(dir);
    expect(
      (await run("render", "--profile", profile, "--out", path.join(dir, "linked"))).code,
    ).toBe(0);
    expect(readdirSync(real).sort()).toEqual(BUNDLE);
    const dangling = path.join(dir, "dangling");
    symlinkSync(path.join(dir, "nowhere"), dangling);
    const result = await run("render", "--profile", profile, "--out", dangling);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${dangling} is a symbolic link`);
    expect(existsSync(path.join(dir, "nowhere"))).toBe(false);
  });
});

describe("the CLI's files: replaced only with --force, owner-only", () => {
  it("render refuses existing files without --force, naming them all, and writes nothing", async () => {
    const dir = workDir();
    const out = path.join(dir, "out");
    mkdirSync(out);
    worldReadable(path.join(out, "values.yaml"), "mine: 1\n");
    worldReadable(path.join(out, "secrets.yaml"), "mine: 2\n");
    const result = await run("render", "--profile", completeProfile(dir), "--out", out);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(
      `values.yaml, secrets.yaml exist in ${out}; pass --force to replace them.`,
    );
    expect(readdirSync(out).sort()).toEqual(["secrets.yaml", "values.yaml"]);
    expect(readFileSync(path.join(out, "values.yaml"), "utf8")).toBe("mine: 1\n");
    expect(mode(path.join(out, "values.yaml"))).toBe(0o644);
  });

  it("render --force replaces them in place and makes a looser mode owner-only", async () => {
    const dir = workDir();
    const out = path.join(dir, "out");
    mkdirSync(out);
    for (const name of BUNDLE) {
      writeFileSync(path.join(out, name), "old\n");
      chmodSync(path.join(out, name), name === "values.yaml" ? 0o644 : 0o666);
    }
    const inode = statSync(path.join(out, "values.yaml")).ino;
    const result = await run("render", "--profile", completeProfile(dir), "--out", out, "--force");
    expect(result.code).toBe(0);
    for (const name of BUNDLE) {
      expect([name, mode(path.join(out, name))]).toEqual([
        name,
        name === "install.sh" ? 0o700 : 0o600,
      ]);
      expect(readFileSync(path.join(out, name), "utf8")).not.toBe("old\n");
    }
    expect(statSync(path.join(out, "values.yaml")).ino).toBe(inode);
  });

  it("init --force makes an existing world-readable profile owner-only", async () => {
    const dir = workDir();
    const profile = worldReadable(path.join(dir, "profile.yaml"), "old\n");
    chmodSync(profile, 0o666);
    const init = (...more: string[]) =>
      run("init", "--target", "gke", "--domain", "ai.acme.io", "--out", profile, ...more);
    const refused = await init();
    expect(refused.code).toBe(2);
    expect(refused.err.split("\n")[0]).toBe(
      `profile.yaml exists in ${dir}; pass --force to replace it.`,
    );
    expect(mode(profile)).toBe(0o666);
    expect((await init("--force")).code).toBe(0);
    expect(mode(profile)).toBe(0o600);
    expect(readFileSync(profile, "utf8")).toContain("easel: easel.profile/v1");
  });

  it("render --values into the same directory writes into that file with --force", async () => {
    const dir = workDir();
    const out = path.join(dir, "install");
    const profile = completeProfile(dir);
    expect((await run("render", "--profile", profile, "--out", out)).code).toBe(0);
    const values = path.join(out, "values.yaml");
    writeFileSync(values, `# edited by hand\n${readFileSync(values, "utf8")}`);
    chmodSync(values, 0o644);
    const again = ["render", "--profile", profile, "--values", values, "--out", out];
    const refused = await run(...again);
    expect(refused.code).toBe(2);
    expect(refused.err.split("\n")[0]).toContain("pass --force to replace them.");
    expect((await run(...again, "--force")).code).toBe(0);
    expect(readFileSync(values, "utf8")).toMatch(/^# edited by hand\n/);
    expect(mode(values)).toBe(0o600);
  });
});

describe("the CLI's inputs: regular files of at most 1 MiB, refused at once", () => {
  it("refuses /dev/zero as a profile at once, on one line", async () => {
    const dir = workDir();
    const result = await within(2000, run("render", "--profile", "/dev/zero", "--out", dir));
    expect(result).toEqual({
      code: 1,
      out: "",
      err: "/dev/zero is a device; Easel reads only regular files.",
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a FIFO as a profile, a values file and an installer host file, without blocking", async () => {
    const dir = workDir();
    const fifo = path.join(dir, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const out = path.join(dir, "out");
    const refusal = `${fifo} is a FIFO (named pipe); Easel reads only regular files.`;
    try {
      for (const argv of [
        ["render", "--profile", fifo, "--out", out],
        ["render", "--profile", completeProfile(dir), "--values", fifo, "--out", out],
        ["installer-preview", "--values", fifo],
      ]) {
        const result = await within(2000, run(...argv));
        expect([argv, result.code, result.err]).toEqual([argv, 1, refusal]);
      }
    } finally {
      releaseFifo(fifo);
    }
    expect(existsSync(out)).toBe(false);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("refuses a 20 MB file by its size, before reading it", async () => {
    const dir = workDir();
    const big = path.join(dir, "values.yaml");
    writeFileSync(big, "");
    truncateSync(big, 20 * 1024 * 1024);
    const out = path.join(dir, "out");
    const result = await within(
      2000,
      run("render", "--profile", completeProfile(dir), "--values", big, "--out", out),
    );
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${big} is 20480 KiB; Easel reads at most 1024 KiB of a file.`);
    expect(existsSync(out)).toBe(false);
    const preview = await within(2000, run("installer-preview", "--values", big));
    expect(preview.err).toBe(result.err);
  });

  it.skipIf(!existsSync("/proc/kallsyms"))(
    "stops reading at the limit a file whose size says nothing (a /proc file of several MiB)",
    async () => {
      const result = await within(2000, run("installer-preview", "--values", "/proc/kallsyms"));
      expect(result.code).toBe(1);
      expect(result.err).toBe(
        "/proc/kallsyms is over 1024 KiB; Easel reads at most 1024 KiB of a file.",
      );
    },
  );

  it("follows a link to an input file", async () => {
    const dir = workDir();
    const linked = path.join(dir, "linked-profile.yaml");
    symlinkSync(completeProfile(dir), linked);
    expect((await run("render", "--profile", linked, "--out", path.join(dir, "out"))).code).toBe(0);
  });

  it("prints one line and no stack trace through npm for /dev/zero", () => {
    const dir = workDir();
    const result = spawnSync(
      "npm",
      ["run", "--silent", "easel", "--", "render", "--profile", "/dev/zero", "--out", dir],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("/dev/zero is a device; Easel reads only regular files.\n");
  });
});
