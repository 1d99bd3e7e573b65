/**
 * What browser and server say of Helm releases: the words of Easel's Helm install, shared by the
 * runner on the server (lib/helm), the install's orchestration (lib/k8s) and the hub panel.
 */
import type { DiffLine, SecretKeyChange } from "./results";

/** Both charts' releases, in the docs' order: `mural-crds` first, then `mural`. */
export const HELM_RELEASES = ["mural-crds", "mural"] as const;
export type HelmReleaseName = (typeof HELM_RELEASES)[number];

/** Helm's release statuses, as `helm list` and `helm history` print them (Helm 3 and 4 alike). */
export const HELM_STATUSES = [
  "unknown",
  "deployed",
  "uninstalled",
  "superseded",
  "failed",
  "uninstalling",
  "pending-install",
  "pending-upgrade",
  "pending-rollback",
] as const;
export type HelmStatus = (typeof HELM_STATUSES)[number];

/** A release Helm left mid-operation: only a rollback (or Helm's own timeout) moves it on. */
export function isPendingStatus(status: HelmStatus): boolean {
  return status.startsWith("pending-");
}

/** The Helm binary the server runs, or why the Helm steps are unavailable. */
export type HelmFound =
  | { isAvailable: true; path: string; version: string; major: 3 | 4 }
  | { isAvailable: false; problem: string };

/** Where both charts come from: `<registry>/mural-crds` and `<registry>/mural`. */
export type ChartSource = { registry: string; isPlainHttp: boolean };

/** Registry credentials: sent with one action, handed to Helm in a temporary file, never kept. */
export type RegistryCredentials = { username: string; password: string };

/** One revision of a release, as `helm history -o json` lists it. */
export type HelmRevision = {
  revision: number;
  /** `<chart>-<version>`, as Helm names it. */
  chart: string;
  appVersion: string;
  status: HelmStatus;
  /** When the revision was written, as an ISO 8601 time. */
  updated: string;
  description: string;
};

/** A release as the hub holds it now: its latest revision. */
export type HelmReleaseState = {
  name: HelmReleaseName;
  namespace: string;
  revision: number;
  status: HelmStatus;
  chart: string;
  updated: string;
};

/** An object a chart renders, by identity (any kind: charts hold CRDs, roles, Services…). */
export type RenderedRef = { apiVersion: string; kind: string; name: string; namespace?: string };

/** What installing or upgrading a release does to one rendered object. */
export type RenderedChange =
  | { ref: RenderedRef; change: "create" | "delete" | "unchanged" }
  | { ref: RenderedRef; change: "change"; diff: RenderedDiff };

/** A change's detail: a Secret only by its keys, anything else line by line. */
export type RenderedDiff =
  { kind: "secret-keys"; keys: SecretKeyChange[] } | { kind: "lines"; lines: DiffLine[] };

/** The preview of one release: what the configured chart and values render against the hub's. */
export type ReleasePreview = {
  name: HelmReleaseName;
  chart: string;
  version: string;
  /** The deployed release, when there is one: the preview compares with its own manifest. */
  current?: HelmReleaseState;
  changes: RenderedChange[];
  /**
   * The chart's hooks (objects with a `helm.sh/hook` annotation): Helm keeps them out of the
   * release's manifest and runs them at their events, so they are listed, not compared.
   */
  hooks?: RenderedHook[];
};

/**
 * Whether installing changes nothing rendered: every release is deployed and every object it
 * renders is unchanged (the panel then says a changed value changes nothing rendered).
 */
export function isRenderedNoChange(previews: readonly ReleasePreview[]): boolean {
  return previews.every(
    (preview) =>
      preview.current !== undefined &&
      preview.changes.every((change) => change.change === "unchanged"),
  );
}

/** A hook a chart renders, and the events Helm runs it at (`pre-install`, `post-upgrade`…). */
export type RenderedHook = { ref: RenderedRef; events: string[] };

/** How one step of an install, upgrade or rollback went. */
export type HelmStepState = "waiting" | "running" | "done" | "failed" | "skipped";

/** A release's outcome, as Helm reports it after the step. */
export type ReleaseOutcome = { revision: number; status: HelmStatus; notes: string };

/** One step: Easel's Secrets, then each release in order (or the rollback of one). */
export type HelmStep = {
  name: "secrets" | HelmReleaseName;
  state: HelmStepState;
  outcome?: ReleaseOutcome;
  /** Helm's reason, secrets masked; set when the step failed. */
  error?: string;
  /** Set when Helm rolled the release back after the failure (`--atomic`, `--rollback-on-failure`). */
  isRolledBack?: boolean;
  /**
   * Set on a done release step Helm was not run for: the release was deployed at the configured
   * chart with the same values, so `outcome` is its current revision, unchanged.
   */
  isUnchanged?: boolean;
};

/** A Helm operation the page follows by polling, so a reload does not lose it. */
export type HelmOperation = {
  id: string;
  kind: "install" | "upgrade" | "rollback";
  state: "running" | "succeeded" | "failed";
  startedAt: string;
  endedAt?: string;
  steps: HelmStep[];
};
