import { z } from "zod";

import { dnsSubdomainProblem } from "@/lib/validation/kubernetes-names";

/** The kinds Easel puts on a hub, and the API version each is applied with. */
export const HUB_KINDS = {
  Namespace: "v1",
  Secret: "v1",
  OCIRepository: "source.toolkit.fluxcd.io/v1",
  HelmRelease: "helm.toolkit.fluxcd.io/v2",
} as const;

export type HubKind = keyof typeof HUB_KINDS;

/** Each kind's resource, as RBAC and the API's paths name it. */
export const HUB_RESOURCES: Record<HubKind, string> = {
  Namespace: "namespaces",
  Secret: "secrets",
  OCIRepository: "ocirepositories",
  HelmRelease: "helmreleases",
};

/** The API group of a kind: empty for the core group. */
export function apiGroupOf(kind: HubKind): string {
  const apiVersion: string = HUB_KINDS[kind];
  return apiVersion.includes("/") ? (apiVersion.split("/")[0] ?? "") : "";
}

/** Which object: enough to read it, check access to it, or name it to the admin. */
export type ObjectRef = { kind: HubKind; name: string; namespace?: string };

const nameSchema = z.string().superRefine((value, ctx) => {
  const problem = dnsSubdomainProblem(value, "name");
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** An object reference from the browser: only kinds Easel applies, only valid names. */
export const objectRefSchema = z.object({
  kind: z.enum(Object.keys(HUB_KINDS) as [HubKind, ...HubKind[]]),
  name: nameSchema,
  namespace: nameSchema.optional(),
});

/** How the admin reads an object's identity: `Secret mural-system/mural-google-service-account`. */
export function describeRef(ref: ObjectRef): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}`;
}

/** The reference of an object Easel builds. */
export function refOf(object: {
  kind: HubKind;
  metadata: { name: string; namespace?: string };
}): ObjectRef {
  const { name, namespace } = object.metadata;
  return namespace ? { kind: object.kind, name, namespace } : { kind: object.kind, name };
}
