import { strToU8, zipSync } from "fflate";

import type { InstallFiles } from "./install-files";

// Loaded with the zip library, on the first bundle asked for.
export { buildInstallReadme } from "./install-readme";

/** One .zip of the install files and their README (see `buildInstallReadme`). */
export function zipInstallFiles(
  files: InstallFiles,
  readme: string,
  generatedAt: Date,
): Uint8Array {
  const mtime = generatedAt;
  return zipSync({
    "README.md": [strToU8(readme), { mtime }],
    "values.yaml": [strToU8(files["values.yaml"]), { mtime }],
    "secrets.yaml": [strToU8(files["secrets.yaml"]), { mtime }],
    // Executable for whoever unzips it: 0755 in the entry's Unix mode bits.
    "install.sh": [strToU8(files["install.sh"]), { mtime, os: 3, attrs: 0o100755 << 16 }],
  });
}
