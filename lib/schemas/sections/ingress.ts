import { z } from "zod";

import { textSchema } from "@/lib/schemas/fields";
import { annotationKeyProblem, dnsSubdomainProblem } from "@/lib/validation/kubernetes-names";

import { mapEntrySchema } from "./impersonation";
import { BUNDLED_INGRESS_NGINX_MODES, TLS_MODES } from "./ingress-model";
import { checkUnique } from "./unique";

const SINGLE_TOKEN = /^\S*$/;

/**
 * How the Canvas Ingress is exposed on a target whose install guide Easel does not have. Every
 * choice starts at the chart's default, which writes nothing; Easel shows its inference beside
 * each one and writes it only once the admin takes it.
 */
export const ingressSectionSchema = z
  .object({
    /** Empty keeps the chart's ingress class. */
    className: textSchema,
    annotations: z.array(mapEntrySchema),
    tls: z.enum(TLS_MODES, { message: "Choose where TLS ends." }),
    tlsSecretName: textSchema,
    bundledIngressNginx: z.enum(BUNDLED_INGRESS_NGINX_MODES, {
      message: "Choose whether the bundled ingress-nginx runs.",
    }),
    /** Empty keeps the chart's `global.kubernetesProvider`. */
    kubernetesProvider: textSchema,
  })
  .superRefine((ingress, ctx) => {
    if (ingress.className !== "") {
      const problem = dnsSubdomainProblem(ingress.className, "ingress class name");
      if (problem) ctx.addIssue({ code: "custom", path: ["className"], message: problem });
    }
    if (!SINGLE_TOKEN.test(ingress.kubernetesProvider)) {
      ctx.addIssue({
        code: "custom",
        path: ["kubernetesProvider"],
        message: "Remove the spaces: the provider is one word, such as GKE-Ingress.",
      });
    }
    if (ingress.tls === "secret") {
      const problem = dnsSubdomainProblem(ingress.tlsSecretName, "certificate Secret name");
      if (problem) ctx.addIssue({ code: "custom", path: ["tlsSecretName"], message: problem });
    }
    ingress.annotations.forEach((annotation, index) => {
      const problem = annotationKeyProblem(annotation.key);
      if (problem)
        ctx.addIssue({ code: "custom", path: ["annotations", index, "key"], message: problem });
    });
    checkUnique(
      ingress.annotations,
      (annotation) => annotation.key,
      ctx,
      (index) => ["annotations", index, "key"],
      (key) => `${key} is already annotated above.`,
    );
  });

export type IngressSection = z.infer<typeof ingressSectionSchema>;
