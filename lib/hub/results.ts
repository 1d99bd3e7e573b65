import type { ObjectRef } from "./object-ref";

/** Why a hub call failed, as the admin reads it: never the client's raw error (it holds headers). */
export type HubErrorCode =
  | "forbidden"
  | "unauthorized"
  | "conflict"
  | "not-found"
  | "not-served"
  | "invalid"
  | "unreachable"
  | "timeout"
  | "unknown";

export type HubError = { code: HubErrorCode; message: string };

/** A Secret's key, and what applying does to it: the only thing a diff says of Secret data. */
export type SecretKeyChange = {
  key: string;
  change: "added" | "changed" | "removed" | "unchanged";
};

export type DiffLine = { op: "add" | "remove" | "same"; text: string };

export type ObjectDiff =
  { kind: "secret-keys"; keys: SecretKeyChange[] } | { kind: "lines"; lines: DiffLine[] };

export type PlannedChange = "create" | "update" | "unchanged" | "failed";

/** What a server-side dry run says applying would do to one object. */
export type PlanEntry = {
  ref: ObjectRef;
  change: PlannedChange;
  diff?: ObjectDiff;
  /** Said beside the change, such as why the server could not check the object yet. */
  note?: string;
  error?: HubError;
};

export type ApplyOutcome = "created" | "configured" | "unchanged" | "failed" | "skipped";

/** What server-side apply did to one object. */
export type ApplyEntry = { ref: ObjectRef; outcome: ApplyOutcome; error?: HubError };

export type HubVerb = "get" | "create" | "patch";

/** Whether the hub's user may do each verb server-side apply needs, on one object. */
export type AccessCheck = { ref: ObjectRef; verbs: { verb: HubVerb; isAllowed: boolean }[] };

/** What Easel learns of a hub before it sends anything. */
export type Preflight = {
  server: string;
  context: string;
  isReachable: boolean;
  /** Why the hub could not be asked (unreachable, credentials refused, …). */
  error?: HubError;
  version?: { gitVersion: string; isSupported: boolean };
  /** Who the hub says Easel is; on hubs too old to say, the kubeconfig's user name. */
  identity?: { username: string; groups: string[]; isFromKubeconfig: boolean };
  flux: { isSourceServed: boolean; isHelmServed: boolean };
  access: AccessCheck[];
};

/** A dry run's or an apply's answer: an entry per object, and what is left to run. */
export type HubReport<E> = {
  entries: E[];
  /** Without Flux: the commands that finish the install once the objects are applied. */
  finishCommands: string[];
};

export type HubPlanReport = HubReport<PlanEntry>;
export type HubApplyReport = HubReport<ApplyEntry>;
