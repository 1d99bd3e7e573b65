import "server-only";

import { createHash } from "node:crypto";

import type { HelmReleaseName } from "@/lib/hub/helm-release";

import type { HelmSession } from "./helm-session";
import { renderRelease } from "./render-release";

/** How long a preview's render stands for the install's: the time an admin takes to read it. */
const KEPT_MS = 10 * 60_000;
/** Renders kept at once, the oldest forgotten first: a few hubs' previews, not a history. */
const MAX_KEPT = 8;

export type RenderRequest = {
  release: HelmReleaseName;
  version: string;
  valuesText?: string;
  isUpgrade: boolean;
};

/** Renders hold the values' secrets: kept in this process's memory only, never written. */
const kept = new Map<string, { manifest: string; at: number }>();

/** Everything a render is made of: the Helm, where the chart comes from, the release, its values. */
function keyOf(session: HelmSession, o: RenderRequest): string {
  const { path, version } = session.helm;
  const made = [path, version, session.source, o.release, o.version, o.valuesText ?? null];
  return createHash("sha256")
    .update(JSON.stringify([...made, o.isUpgrade]))
    .digest("hex");
}

function keep(key: string, manifest: string): void {
  kept.delete(key);
  kept.set(key, { manifest, at: Date.now() });
  for (const oldest of kept.keys()) {
    if (kept.size <= MAX_KEPT) break;
    kept.delete(oldest);
  }
}

/** What `o` renders, rendered now, and kept for the install the admin may start from this preview. */
export async function renderForPreview(session: HelmSession, o: RenderRequest): Promise<string> {
  const manifest = await renderRelease(session, o);
  keep(keyOf(session, o), manifest);
  return manifest;
}

/**
 * What `o` renders, for the checks before an install: the preview's own render of exactly these
 * values, chart and Helm when it is recent (the admin reviewed it; rendering again only costs the
 * install a chart pull), else rendered now. Helm's install pulls the chart itself either way.
 */
export async function renderForInstall(session: HelmSession, o: RenderRequest): Promise<string> {
  const key = keyOf(session, o);
  const reviewed = kept.get(key);
  if (reviewed && Date.now() - reviewed.at <= KEPT_MS) return reviewed.manifest;
  return renderForPreview(session, o);
}
