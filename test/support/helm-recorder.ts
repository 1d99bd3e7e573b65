// An `EASEL_HELM` for tests: a tiny sh script that records every argument list it is called with,
// then `exec`s the real Helm, so stdin (where Easel puts the values), output and exit status are
// Helm's own. Tests read the records to prove no secret ever reached Helm's arguments.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { helmBinary, type HelmMajor } from "@/scripts/helm/helm-binaries";

export type RecordingHelm = {
  /** The wrapper, for `EASEL_HELM`. */
  path: string;
  /** Every call's arguments so far, oldest first (without the program name). */
  calls(): string[][];
};

/** `text` as one sh word, whatever it holds. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * Each record is the argument count, then each argument, every field ended by NUL (which no
 * argument can hold); one printf writes a whole record, so parallel calls do not interleave.
 */
function parseRecords(log: string): string[][] {
  const fields = log.split("\0");
  const calls: string[][] = [];
  let at = 0;
  while (at < fields.length - 1) {
    const count = Number(fields[at]);
    calls.push(fields.slice(at + 1, at + 1 + count));
    at += 1 + count;
  }
  return calls;
}

/** A recording wrapper around Helm `major`, in a fresh temp folder of its own. */
export function recordingHelm(major: HelmMajor): RecordingHelm {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-helm-recorder-"));
  const log = path.join(dir, "calls.log");
  const wrapper = path.join(dir, "helm");
  writeFileSync(
    wrapper,
    [
      "#!/bin/sh",
      `printf '%s\\0' "$#" "$@" >> ${shellQuote(log)}`,
      `exec ${shellQuote(helmBinary(major))} "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(wrapper, 0o700);
  return {
    path: wrapper,
    calls: () => (existsSync(log) ? parseRecords(readFileSync(log, "utf8")) : []),
  };
}
