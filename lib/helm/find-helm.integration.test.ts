import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { serverSettings } from "@/lib/server/settings";
import { HELM_MAJORS, helmBinary, helmVersion } from "@/scripts/helm/helm-binaries";
import { fakeHelm } from "@/test/support/fake-helm";

import { findHelm } from "./find-helm";

const PATH = process.env.PATH;

afterEach(() => {
  process.env.PATH = PATH;
});

function withHelm(helmPath: string | undefined) {
  return { ...serverSettings({}), helmPath };
}

describe.each(HELM_MAJORS)("findHelm with Helm %i", (major) => {
  it("runs the Helm EASEL_HELM names and reports its version and major", async () => {
    const settings = serverSettings({ EASEL_HELM: helmBinary(major) });
    expect(settings.helmPath).toBe(helmBinary(major));
    const found = await findHelm(settings);
    expect(found).toEqual({
      isAvailable: true,
      path: helmBinary(major),
      version: expect.stringMatching(
        new RegExp(`^${helmVersion(major).replaceAll(".", "\\.")}\\+g`),
      ),
      major,
    });
  });

  it("else finds helm on PATH, searching the folders itself", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "easel-path-"));
    symlinkSync(helmBinary(major), path.join(dir, "helm"));
    process.env.PATH = ["relative/ignored", "/nonexistent", dir, PATH].join(path.delimiter);
    const found = await findHelm(withHelm(undefined));
    expect(found).toMatchObject({ isAvailable: true, path: path.join(dir, "helm"), major });
  });
});

describe("findHelm refuses", () => {
  it("a Helm older than 3.17.0, saying its version and what to do", async () => {
    const old = fakeHelm('echo "v3.16.0+g0d0a2b3"');
    expect(await findHelm(withHelm(old))).toEqual({
      isAvailable: false,
      problem: `${old} is Helm v3.16.0+g0d0a2b3, older than 3.17.0, the install guide's minimum: upgrade Helm.`,
    });
  });

  it("a major other than 3 or 4", async () => {
    const helm5 = fakeHelm('echo "v5.0.0+gabc"');
    const found = await findHelm(withHelm(helm5));
    expect(found).toEqual({
      isAvailable: false,
      problem: `${helm5} is Helm v5.0.0+gabc; Easel runs Helm 3 (3.17.0 or later) or Helm 4: install one of those.`,
    });
  });

  it("a program that is not Helm, one that fails, and a file that is not executable", async () => {
    const notHelm = fakeHelm('echo "hello"');
    expect(await findHelm(withHelm(notHelm))).toMatchObject({
      isAvailable: false,
      problem: expect.stringContaining("did not print a Helm version (hello)"),
    });
    const failing = fakeHelm('echo "Error: broken" >&2; exit 3');
    expect(await findHelm(withHelm(failing))).toMatchObject({
      isAvailable: false,
      problem: expect.stringContaining(`${failing} did not run as Helm:`),
    });
    const plain = fakeHelm('echo "v3.17.2"');
    chmodSync(plain, 0o600);
    expect(await findHelm(withHelm(plain))).toEqual({
      isAvailable: false,
      problem: `EASEL_HELM names ${plain}, which is not an executable file: set it to Helm's binary.`,
    });
  });

  it("no helm anywhere on PATH", async () => {
    process.env.PATH = mkdtempSync(path.join(tmpdir(), "easel-empty-path-"));
    expect(await findHelm(withHelm(undefined))).toEqual({
      isAvailable: false,
      problem:
        "No helm on the server's PATH: install Helm 3.17 or later, or set EASEL_HELM to its path.",
    });
  });
});

describe("findHelm asks a binary its version once", () => {
  it("until the file changes", async () => {
    const counter = path.join(mkdtempSync(path.join(tmpdir(), "easel-version-count-")), "count");
    const helm = fakeHelm(`echo x >> '${counter}'; echo "v3.17.2+gcc0bbbd"`);
    const asked = () => readFileSync(counter, "utf8").split("\n").filter(Boolean).length;
    expect(await findHelm(withHelm(helm))).toMatchObject({ isAvailable: true, major: 3 });
    expect(await findHelm(withHelm(helm))).toMatchObject({ isAvailable: true, major: 3 });
    expect(asked()).toBe(1);
    // A new Helm in the same place (an upgrade) is asked again.
    writeFileSync(helm, `#!/bin/sh\necho x >> '${counter}'; echo "v4.1.4+g05fa379"\n`);
    utimesSync(helm, new Date(), new Date(Date.now() + 5_000));
    expect(await findHelm(withHelm(helm))).toMatchObject({ isAvailable: true, major: 4 });
    expect(asked()).toBe(2);
  });
});
