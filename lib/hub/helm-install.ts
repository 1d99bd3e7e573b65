/**
 * What the hub panel's Helm actions are asked with and answer: shared by the actions on the server
 * and the panel's components, so both hold the same words.
 */
import { z } from "zod";

import { HELM_TIMEOUT_MINUTES } from "@/lib/schemas/sections/install-model";

import {
  HELM_RELEASES,
  type HelmFound,
  type HelmOperation,
  type HelmReleaseName,
  type HelmReleaseState,
  type HelmRevision,
  type ReleasePreview,
  type RenderedRef,
} from "./helm-release";
import { hubApplyInputSchema, hubPlanInputSchema } from "./hub-input";
import type { HubPlanReport } from "./results";

/** Printable text without line breaks: what a registry user name may hold. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/**
 * Registry credentials for the chart registry: sent with one action, handed to Helm in a
 * temporary file, never stored. The password may hold any character but a line break.
 */
export const registryCredentialsSchema = z.object({
  username: z
    .string()
    .min(1, "Enter the registry user name.")
    .max(256)
    .regex(PRINTABLE, "A registry user name is printable characters without spaces.")
    // Basic authentication joins `user:password`: a colon in the name would split it wrongly.
    .refine((value) => !value.includes(":"), "A registry user name holds no colon."),
  password: z
    .string()
    .min(1, "Enter the registry password.")
    .max(4096)
    .refine((value) => !/[\r\n\0]/.test(value), "A registry password holds no line break."),
});

/** What the Helm preview is asked with: the configuration, and the registry's credentials. */
export const helmPreviewInputSchema = hubPlanInputSchema.extend({
  credentials: registryCredentialsSchema.optional(),
});

export type HelmPreviewInput = z.infer<typeof helmPreviewInputSchema>;

/** What an install or upgrade is asked with: as an apply, with the registry's credentials. */
export const helmInstallInputSchema = hubApplyInputSchema.extend({
  credentials: registryCredentialsSchema.optional(),
});

export type HelmInstallInput = z.input<typeof helmInstallInputSchema>;

/** What a rollback is asked with: the release, its revision, and how long Helm may wait. */
export const helmRollbackInputSchema = z.object({
  release: z.enum(HELM_RELEASES),
  revision: z.number().int().positive().max(1_000_000),
  /** As the Install section's "Helm timeout" allows; its default when not given. */
  timeoutMinutes: z
    .number()
    .int()
    .min(HELM_TIMEOUT_MINUTES.min)
    .max(HELM_TIMEOUT_MINUTES.max)
    .optional(),
});

export type HelmRollbackInput = z.infer<typeof helmRollbackInputSchema>;

/** The verbs Helm needs on what a release renders, and on its own release records. */
export type HelmVerb = "get" | "list" | "create" | "patch" | "update" | "delete";

/** An object, or Helm's release records, the hub's user may not touch as Helm would. */
export type RefusedAccess = { ref: RenderedRef; verbs: HelmVerb[] };

/** Whether the hub's user may do what installing or upgrading one release does. */
export type ReleaseAccess = {
  release: HelmReleaseName;
  refused: RefusedAccess[];
  /**
   * Objects of a kind the hub does not serve yet (the CRDs chart adds it): their access is
   * checked once the kind exists, so the mural release's preview names them as unchecked.
   */
  unchecked: RenderedRef[];
};

/** The Helm preview's answer: Easel's own objects, then each release's rendered changes. */
export type HelmInstallPreview = {
  /** Easel's Secrets and values Secret, as a plan reports them (no Flux objects). */
  plan: HubPlanReport;
  /** "upgrade" once the `mural` release exists on the hub, else "install". */
  kind: "install" | "upgrade";
  releases: ReleasePreview[];
  access: ReleaseAccess[];
};

/** What starting a Helm operation answers at once: the page polls the operation by its id. */
export type StartedHelmOperation = { operationId: string };

/** The Helm route's answer, polled by the page while an operation runs. */
export type HubHelmAnswer = {
  hubId: string;
  helm: HelmFound;
  releases: HelmReleaseState[];
  history: Partial<Record<HelmReleaseName, HelmRevision[]>>;
  operation?: HelmOperation;
  /** Why the releases could not be read (the rest of the answer still stands). */
  problem?: string;
};
