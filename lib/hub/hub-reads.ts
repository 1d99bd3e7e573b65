import type { HubPreflight } from "./write-boundary";

/**
 * The hub panel's reads, as route handlers: an action runs one at a time per page, so a read
 * made as an action would wait behind a long apply. Each is a POST with a JSON body, which
 * carries whatever the read needs (never a value in the URL).
 */
export const HUB_READ_PATHS = {
  status: "/api/hub/status",
  preflight: "/api/hub/preflight",
  values: "/api/hub/values",
  helm: "/api/hub/helm",
} as const;

/** Who may use the cluster features now (see `hubAccessFor` on the server). */
export type HubAccessStatus = "disabled" | "misconfigured" | "token-required" | "allowed";

/**
 * What the page may know of the cluster features: whether they are on, what access needs and,
 * once allowed, an opaque id of the hub connection (a hash, never its address or a credential)
 * that the page's cached answers are kept under.
 */
export type HubStatus = { access: HubAccessStatus; message?: string; hubId?: string };

/** Preflight's answer, with the id of the hub connection it was made on. */
export type HubPreflightAnswer = HubPreflight & { hubId: string };

/**
 * values.yaml read back from the hub, the configuration it came from, and where it was read:
 * the Helm release `mural`'s own values, or Easel's values Secret (which keeps the comments).
 */
export type LoadedHubValues = {
  text: string;
  configurationId?: string;
  source?: "helm-release" | "values-secret";
};

/** A read's refusal: a sentence, and whether the session may not use the cluster features. */
export type HubReadRefusal = { problem: string; isRefused?: boolean };
