import { z } from "zod";

import { canvasSectionSchema } from "@/lib/schemas/sections/canvas";
import { configurationIdSchema } from "@/lib/schemas/sections/configuration-id";
import { fleetSectionSchema } from "@/lib/schemas/sections/fleet";
import { globalSectionSchema } from "@/lib/schemas/sections/global";
import { checkLocalUserEmails, identitySectionSchema } from "@/lib/schemas/sections/identity";
import { ingressSectionSchema } from "@/lib/schemas/sections/ingress";
import { installSectionSchema } from "@/lib/schemas/sections/install";
import { integrationsSectionSchema } from "@/lib/schemas/sections/integrations";
import { registrySectionSchema } from "@/lib/schemas/sections/registry";

/** The AWS Load Balancer Controller's ingress class, which makes an Application Load Balancer. */
export const ALB_INGRESS_CLASS = "alb";

/**
 * The configuration of a target whose install guide Easel does not have (the catalog's
 * `ingress-target` family): the GKE guide's sections, with the ingress settings GKE fixes (class,
 * annotations, TLS, ingress-nginx, provider) open.
 */
export function ingressTargetConfigSchema<T extends string>(target: T) {
  return z
    .object({
      target: z.literal(target),
      configurationId: configurationIdSchema,
      global: globalSectionSchema,
      fleet: fleetSectionSchema,
      canvas: canvasSectionSchema,
      ingress: ingressSectionSchema,
      identity: identitySectionSchema,
      registry: registrySectionSchema,
      install: installSectionSchema,
      integrations: integrationsSectionSchema,
    })
    .superRefine((config, ctx) => {
      checkLocalUserEmails(config.identity.localUsers, config.global.domain, ctx);
      // The guide's Zot Ingress routes /zot/(.*) with ingress-nginx's regex rewrite annotations,
      // which an Application Load Balancer ignores.
      if (
        config.registry.mode === "zot-ingress" &&
        config.ingress.className === ALB_INGRESS_CLASS
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["registry", "mode"],
          message:
            "Zot behind the main Ingress needs ingress-nginx's regex rewrite, which the ALB does not do: choose Zot on its own load balancer or an external registry such as ECR.",
        });
      }
    });
}
