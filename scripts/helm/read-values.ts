// What real Helm reads from a values file: `helm template` of a probe chart whose only template
// echoes `.Values` as JSON, the file given with -f exactly as an admin gives values.yaml.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";

import { helmBinary, type HelmMajor } from "./helm-binaries";

const run = promisify(execFile);

/** Helm runs at once: the machine's two cores, each kept busy while the other process starts. */
const PARALLEL_RUNS = 4;

export type HelmReading = { json: unknown } | { error: string };

/** A probe chart, written afresh (never a copy of PaletteAI's chart), and Helm's own folders. */
function probeChart(): { chart: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-helm-probe-"));
  const chart = path.join(dir, "probe");
  mkdirSync(path.join(chart, "templates"), { recursive: true });
  writeFileSync(path.join(chart, "Chart.yaml"), "apiVersion: v2\nname: probe\nversion: 0.1.0\n");
  // base64 keeps every character the values hold out of the rendered YAML Helm parses again.
  writeFileSync(
    path.join(chart, "templates", "values.yaml"),
    [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      "  name: probe",
      "data:",
      "  values: {{ toJson .Values | b64enc | quote }}",
      "",
    ].join("\n"),
  );
  const home = (name: string) => path.join(dir, name);
  return {
    chart,
    env: {
      ...process.env,
      HELM_CACHE_HOME: home("cache"),
      HELM_CONFIG_HOME: home("config"),
      HELM_DATA_HOME: home("data"),
    },
  };
}

let probe: ReturnType<typeof probeChart> | undefined;
let fileCount = 0;

async function readOne(major: HelmMajor, text: string): Promise<HelmReading> {
  probe ??= probeChart();
  const file = path.join(path.dirname(probe.chart), `values-${(fileCount += 1)}.yaml`);
  writeFileSync(file, text);
  try {
    const { stdout } = await run(helmBinary(major), ["template", probe.chart, "-f", file], {
      env: probe.env,
      maxBuffer: 256 * 1024 * 1024,
    });
    const manifest = parse(stdout) as { data: { values: string } };
    return { json: JSON.parse(Buffer.from(manifest.data.values, "base64").toString("utf8")) };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    if (stderr === undefined) throw error;
    return { error: stderr.trim() };
  }
}

/** Each text as Helm `major` reads it when given as a values file, in the order given. */
export async function readAsHelm(
  major: HelmMajor,
  texts: readonly string[],
): Promise<HelmReading[]> {
  const readings: HelmReading[] = new Array(texts.length);
  let next = 0;
  const worker = async () => {
    while (next < texts.length) {
      const index = next++;
      readings[index] = await readOne(major, texts[index] as string);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_RUNS }, worker));
  return readings;
}
