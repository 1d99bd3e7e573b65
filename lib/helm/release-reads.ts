import "server-only";

import {
  HELM_RELEASES,
  type HelmReleaseName,
  type HelmReleaseState,
  type HelmRevision,
} from "@/lib/hub/helm-release";

import { HelmFailure } from "./helm-failure";
import { helmStatusOf, isoTimeOf, parseHelmJson } from "./helm-json";
import { READ_DEADLINE_MS, runInSession, type HelmSession } from "./helm-session";

/** The output of a read of `release`, or undefined when the hub has no such release. */
async function readRelease(
  session: HelmSession,
  release: HelmReleaseName,
  args: readonly string[],
  doing: string,
): Promise<string | undefined> {
  try {
    return await runInSession(session, args, { deadlineMs: READ_DEADLINE_MS, doing, release });
  } catch (error) {
    if (error instanceof HelmFailure && error.code === "not-found") return undefined;
    throw error;
  }
}

/**
 * The deployed release's own manifest (`helm get manifest`), without its hooks, which Helm keeps
 * apart; undefined when there is no release. Unmasked: the preview compares Secrets by key.
 */
export function releaseManifest(
  session: HelmSession,
  release: HelmReleaseName,
): Promise<string | undefined> {
  return readRelease(session, release, ["get", "manifest", release], `read ${release}'s manifest`);
}

/**
 * The values the admin gave the release (`helm get values -o yaml`, not the chart's defaults);
 * undefined when there is no release. Unmasked: they fill the form.
 */
export function releaseValues(
  session: HelmSession,
  release: HelmReleaseName,
): Promise<string | undefined> {
  return readRelease(
    session,
    release,
    ["get", "values", release, "--output", "yaml"],
    `read ${release}'s values`,
  );
}

type HistoryJson = {
  revision?: unknown;
  chart?: unknown;
  app_version?: unknown;
  status?: unknown;
  updated?: unknown;
  description?: unknown;
}[];

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Every revision Helm keeps of `release`, oldest first; empty when there is no release. */
export async function releaseHistory(
  session: HelmSession,
  release: HelmReleaseName,
): Promise<HelmRevision[]> {
  const doing = `read ${release}'s history`;
  const output = await readRelease(
    session,
    release,
    ["history", release, "--output", "json"],
    doing,
  );
  if (output === undefined) return [];
  return (parseHelmJson(output, doing) as HistoryJson).map((entry) => ({
    revision: Number(entry.revision),
    chart: text(entry.chart),
    appVersion: text(entry.app_version),
    status: helmStatusOf(entry.status),
    updated: isoTimeOf(entry.updated),
    description: text(entry.description),
  }));
}

type ListJson = {
  name?: unknown;
  namespace?: unknown;
  revision?: unknown;
  status?: unknown;
  chart?: unknown;
  updated?: unknown;
}[];

function isHelmRelease(name: unknown): name is HelmReleaseName {
  return HELM_RELEASES.some((release) => release === name);
}

/**
 * Easel's releases (`mural-crds`, `mural`) in the session's namespace in every state, pending and
 * failed included, in the docs' order; a release the hub lacks is left out.
 */
export async function releaseStates(session: HelmSession): Promise<HelmReleaseState[]> {
  const doing = `list the releases in ${session.namespace}`;
  // Every state a release's latest revision can be in, by name: Helm 4 dropped `--all`.
  const states = ["--deployed", "--failed", "--pending", "--uninstalling", "--uninstalled"];
  const output = await runInSession(session, ["list", ...states, "--output", "json"], {
    deadlineMs: READ_DEADLINE_MS,
    doing,
  });
  const found = (parseHelmJson(output, doing) as ListJson).flatMap((entry) =>
    isHelmRelease(entry.name)
      ? [
          {
            name: entry.name,
            namespace: text(entry.namespace),
            // `helm list` prints the revision as a string.
            revision: Number(entry.revision),
            status: helmStatusOf(entry.status),
            chart: text(entry.chart),
            updated: isoTimeOf(entry.updated),
          },
        ]
      : [],
  );
  // The latest revision of each, should Helm list a release twice.
  return HELM_RELEASES.flatMap((name) =>
    found
      .filter((state) => state.name === name)
      .sort((a, b) => b.revision - a.revision)
      .slice(0, 1),
  );
}
