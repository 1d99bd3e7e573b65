import type { FluxSupport } from "./flux-apis";
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

/**
 * One chart path inside values.yaml, and what applying does to it. A credential carries no value
 * at all; a setting carries its old and new values, as the file states them.
 */
export type ValuesPathChange =
  | { path: string; change: SecretKeyChange["change"]; isSecret: true }
  | {
      path: string;
      change: "added" | "changed" | "removed";
      isSecret: false;
      before?: string;
      after?: string;
    };

/** The values Secret's diff: values.yaml path by path, computed on the server. */
export type ValuesDiff = {
  kind: "values";
  key: string;
  /** Whether the hub holds values.yaml already (otherwise every path is added). */
  isOnHub: boolean;
  changes: ValuesPathChange[];
  /** Why the hub's file could not be compared path by path (then it is shown as changed). */
  problem?: string;
};

export type ObjectDiff =
  | { kind: "secret-keys"; keys: SecretKeyChange[] }
  | { kind: "lines"; lines: DiffLine[] }
  | ValuesDiff;

/**
 * What applying would do to one object. `foreign`: it exists and was not made by Easel, so it is
 * left alone unless adopted; `exists`: a Namespace not made by Easel, used as it is; `conflict`:
 * other managers own fields Easel would change, so it is applied only if taken over.
 */
export type PlannedChange =
  "create" | "update" | "unchanged" | "failed" | "foreign" | "exists" | "conflict";

/** Fields another manager owns that applying would change: who and which, never a value. */
export type FieldConflict = { managers: string[]; fields: string[] };

/** What a server-side dry run says applying would do to one object. */
export type PlanEntry = {
  ref: ObjectRef;
  change: PlannedChange;
  /** The object's version as the plan saw it; absent when it did not exist. Apply checks it. */
  resourceVersion?: string;
  /** Never set for a foreign object: the plan says nothing of what it holds. */
  diff?: ObjectDiff;
  conflict?: FieldConflict;
  /** Said beside the change, such as why the server could not check the object yet. */
  note?: string;
  error?: HubError;
};

/**
 * What apply did to one object. `adopted`: it was not made by Easel and the admin adopted it, so
 * Easel replaced it and manages it now; `not-owned`: not made by Easel and not adopted, left
 * untouched; `left-as-is`: a Namespace not made by Easel, used without a change.
 */
export type ApplyOutcome =
  | "created"
  | "configured"
  | "unchanged"
  | "adopted"
  | "failed"
  | "skipped"
  | "not-owned"
  | "left-as-is";

/** What server-side apply did to one object. */
export type ApplyEntry = {
  ref: ObjectRef;
  outcome: ApplyOutcome;
  error?: HubError;
  /** Said beside the outcome, such as why an object was left alone. */
  note?: string;
  conflict?: FieldConflict;
};

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
  flux: FluxSupport;
  access: AccessCheck[];
  /** Which configuration the hub's values came from; undefined when it could not be read. */
  values?: HubValuesOrigin;
};

/** "1 secret", "7 secrets": how many live secrets an apply replaces, in words. */
export function secretsCount(count: number): string {
  return `${count} ${count === 1 ? "secret" : "secrets"}`;
}

/**
 * The cluster as the admin names it when confirming: the kubeconfig's context, or its server
 * when the context has no name. Preflight shows both; the server checks the same name.
 */
export function clusterName(hub: { server: string; context: string }): string {
  return hub.context || hub.server;
}

/** A dry run's or an apply's answer: an entry per object, and what is left to run. */
export type HubReport<E> = {
  entries: E[];
  /** Without Flux: the commands that finish the install once the objects are applied. */
  finishCommands: string[];
};

/** Which configuration the hub's values Secret came from: its id is not a secret. */
export type HubValuesOrigin =
  | { isOnHub: false }
  /** A Secret of that name exists and was not made by Easel: nothing of it is read. */
  | { isOnHub: true; isForeign: true }
  | {
      isOnHub: true;
      isForeign?: false;
      /** The id the Secret is annotated with; undefined when it has none (an older Easel's). */
      configurationId?: string;
    };

/** What a plan found of the hub's live values before replacing them. */
export type LiveValuesCheck = {
  origin: HubValuesOrigin;
  /** Whether the live values came from another configuration (another id, or none). */
  isOtherConfiguration: boolean;
  /** Live credentials applying would replace or drop, by chart path: apply asks to confirm. */
  replacedSecrets: ValuesPathChange[];
};

export type HubPlanReport = HubReport<PlanEntry> & {
  /** Undefined when the hub's values Secret could not be read (its plan entry says why). */
  liveValues?: LiveValuesCheck;
};
export type HubApplyReport = HubReport<ApplyEntry>;
