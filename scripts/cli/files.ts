import { constants, type Stats } from "node:fs";
import { lstat, mkdir, open, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname } from "node:path";

import { UNTRUSTED_YAML_MAX_BYTES } from "@/lib/yaml/untrusted-limits";

import { UsageError } from "./arguments";

/** The most the CLI reads of any input: the form's limit for a values file. */
export const CLI_INPUT_MAX_BYTES = UNTRUSTED_YAML_MAX_BYTES;

/** A file the CLI will not read or write, with the reason: one line, its path first. */
export class FileRefusal extends Error {}

/** One file the CLI writes, and the only mode it may have (owner-only). */
export type OutputFile = { path: string; text: string; mode: number };

/** The system's code of a failed file operation (`ENOENT`, `ELOOP`, …), if it is one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

/** What a stat found, or nothing where nothing is (the only failure taken as an answer). */
async function unlessMissing(stats: Promise<Stats>): Promise<Stats | undefined> {
  return stats.catch((error: unknown) => {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  });
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}

function tooLarge(path: string, size: string): FileRefusal {
  return new FileRefusal(
    `${path} is ${size}; Easel reads at most ${kib(CLI_INPUT_MAX_BYTES)} of a file.`,
  );
}

function linkRefusal(paths: readonly string[]): FileRefusal {
  const them = paths.length === 1 ? "it" : "them";
  return new FileRefusal(
    `${paths.join(", ")} ${paths.length === 1 ? "is a symbolic link" : "are symbolic links"}; Easel never writes through a link (it could point at any file). Remove ${them} or choose another --out.`,
  );
}

/**
 * The text of a file the CLI is given (a profile, a values file), refused at once unless it is a
 * regular file of at most {@link CLI_INPUT_MAX_BYTES}: a FIFO or a device would block or never end.
 * A link to a file is followed. The limit holds while reading, so a file growing meanwhile is
 * refused too, never read whole.
 */
export async function readInputFile(path: string): Promise<string> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can say what it is.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new FileRefusal(`${path} is ${kindOf(stats)}; Easel reads only regular files.`);
    }
    if (stats.size > CLI_INPUT_MAX_BYTES) throw tooLarge(path, kib(stats.size));
    const buffer = Buffer.alloc(CLI_INPUT_MAX_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > CLI_INPUT_MAX_BYTES) throw tooLarge(path, `over ${kib(CLI_INPUT_MAX_BYTES)}`);
    return buffer.toString("utf8", 0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Makes the directory files are written into (owner-only when made). A directory named that is
 * itself a link is followed, as `cd` would: the user chose it. One that is a dangling link, or not
 * a directory, is refused.
 */
export async function prepareOutputDirectory(directory: string): Promise<void> {
  const target = await unlessMissing(stat(directory));
  if (target === undefined) {
    const link = await lstat(directory).catch(() => undefined);
    if (link?.isSymbolicLink()) throw linkRefusal([directory]);
    await mkdir(directory, { recursive: true, mode: 0o700 });
  } else if (!target.isDirectory()) {
    throw new FileRefusal(`${directory} is ${kindOf(target)}, not a directory.`);
  }
}

function existingRefusal(paths: readonly string[]): UsageError {
  const directory = dirname(paths[0] as string);
  const names = paths.map((path) => basename(path)).join(", ");
  const where = directory === "." ? "the current directory" : directory;
  const [verb, them] = paths.length === 1 ? ["exists", "it"] : ["exist", "them"];
  return new UsageError(`${names} ${verb} in ${where}; pass --force to replace ${them}.`);
}

/**
 * Refuses, before anything is written, files of which any is a symbolic link or not a regular
 * file, or exists without `force`: one message naming every such path.
 */
export async function checkOutputPaths(paths: readonly string[], force: boolean): Promise<void> {
  const links: string[] = [];
  const existing: string[] = [];
  for (const path of paths) {
    const stats = await unlessMissing(lstat(path));
    if (stats === undefined) continue;
    if (stats.isSymbolicLink()) links.push(path);
    else if (!stats.isFile()) throw new FileRefusal(`${path} is ${kindOf(stats)}, not a file.`);
    else existing.push(path);
  }
  if (links.length > 0) throw linkRefusal(links);
  if (existing.length > 0 && !force) throw existingRefusal(existing);
}

/** The file opened for writing, never through a link; new unless `force`. */
async function openOutput(file: OutputFile, force: boolean): Promise<FileHandle> {
  // O_NONBLOCK: a FIFO put in a file's place is refused (ENXIO), not waited on.
  const flags = constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  try {
    return await open(file.path, flags | constants.O_CREAT | constants.O_EXCL, file.mode);
  } catch (error) {
    // O_EXCL fails on any link, dangling or not, with EEXIST; without it, O_NOFOLLOW gives ELOOP.
    if (errorCode(error) !== "EEXIST") throw error;
    if (!force) throw existingRefusal([file.path]);
  }
  try {
    return await open(file.path, flags);
  } catch (error) {
    if (errorCode(error) === "ELOOP") throw linkRefusal([file.path]);
    throw error;
  }
}

async function writeOutput(file: OutputFile, force: boolean): Promise<void> {
  const handle = await openOutput(file, force);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileRefusal(`${file.path} is ${kindOf(stats)}, not a file.`);
    // The mode first, so the new text never sits in a file others can read (the umask aside).
    await handle.chmod(file.mode);
    await handle.truncate(0);
    await handle.writeFile(file.text);
  } finally {
    await handle.close();
  }
}

/**
 * Writes files with their owner-only modes, checking them all first so that nothing is written
 * when one is refused: a symbolic link (dangling or not) is never written through nor chmod-ed;
 * an existing file is replaced only with `force`, in place, its mode set to the file's own.
 */
export async function writeOutputFiles(
  files: readonly OutputFile[],
  force: boolean,
): Promise<void> {
  await checkOutputPaths(
    files.map((file) => file.path),
    force,
  );
  for (const file of files) await writeOutput(file, force);
}
