import type { HelmOperation, HelmReleaseState } from "./helm-release";

/**
 * Whether the hub's releases have moved on from what a finished `operation` left: a release it
 * reports at a revision is now at another one, or gone (rolled back, upgraded or uninstalled
 * since, by Easel or by hand). Its result would then read as the hub's present, which it is not.
 */
export function isOutrun(operation: HelmOperation, releases: readonly HelmReleaseState[]): boolean {
  if (operation.state === "running") return false;
  return operation.steps.some((step) => {
    if (step.name === "secrets" || !step.outcome) return false;
    const now = releases.find((release) => release.name === step.name);
    return now?.revision !== step.outcome.revision;
  });
}
