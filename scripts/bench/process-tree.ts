// Linux's process table, read from /proc: which processes a command started, and whether any of
// them is still there. Only the bench's own test uses it.
import { readdirSync, readFileSync } from "node:fs";

/** A process, told apart from a later one that reuses its pid by its start time. */
export type ProcessSeen = { pid: number; startTime: string; command: string };

type StatLine = { ppid: number; state: string; startTime: string };

function stat(pid: number): StatLine | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name sits in parentheses and may hold spaces: the fields start after it.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", ppid: Number(fields[1]), startTime: fields[19] ?? "" };
  } catch {
    return undefined;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/** Every live process below `root` (not `root` itself), at this moment. */
export function descendantsOf(root: number): ProcessSeen[] {
  const children = new Map<number, number[]>();
  const stats = new Map<number, StatLine>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    const line = Number.isInteger(pid) ? stat(pid) : undefined;
    if (!line) continue;
    stats.set(pid, line);
    children.set(line.ppid, [...(children.get(line.ppid) ?? []), pid]);
  }
  const found: ProcessSeen[] = [];
  const queue = [...(children.get(root) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    found.push({ pid, startTime: stats.get(pid)?.startTime ?? "", command: commandLine(pid) });
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Whether `seen` still runs: the same pid and start time, and neither a zombie awaiting its parent
 * nor a process mid-exit (its memory, and with it its command line, already released: a busy
 * machine shows that state for a moment before the zombie).
 */
export function stillRunning(seen: ProcessSeen): boolean {
  const line = stat(seen.pid);
  if (line === undefined || line.startTime !== seen.startTime || line.state === "Z") return false;
  return commandLine(seen.pid) !== "";
}
