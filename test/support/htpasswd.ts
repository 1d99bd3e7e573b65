import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Asks Apache's htpasswd (Debian's apache2-utils), a bcrypt implementation independent of
 * Easel's, whether `password` matches `hash`.
 */
export function htpasswdVerifies(user: string, hash: string, password: string): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-htpasswd-"));
  const file = path.join(dir, "htpasswd");
  writeFileSync(file, `${user}:${hash}\n`);
  try {
    execFileSync("htpasswd", ["-v", "-i", file, user], {
      input: password,
      stdio: ["pipe", "ignore", "ignore"],
    });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
