import { z } from "zod";

import { isSet } from "@/lib/dex/connectors/common";
import { CONNECTOR_SPECS } from "@/lib/dex/connectors/index";
import { optionalDomainSchema } from "@/lib/schemas/fields";
import { canvasSectionSchema } from "@/lib/schemas/sections/canvas";
import { configurationIdSchema } from "@/lib/schemas/sections/configuration-id";
import { connectorsSchema, type Connector } from "@/lib/schemas/sections/connectors";
import { spokesSchema } from "@/lib/schemas/sections/fleet";
import { metricsAgentSchema } from "@/lib/schemas/sections/global";
import {
  checkLocalUserEmails,
  localUsersSchema,
  type LocalUser,
} from "@/lib/schemas/sections/identity";
import { installSectionSchema } from "@/lib/schemas/sections/install";
import { integrationsSectionSchema } from "@/lib/schemas/sections/integrations";

/** Without a root domain, connectors' redirect URIs cannot be derived and must be typed. */
function checkRedirectUrisTyped(connectors: readonly Connector[], ctx: z.RefinementCtx): void {
  connectors.forEach((connector, index) => {
    if (CONNECTOR_SPECS[connector.type].hasRedirectURI && !isSet(connector.config, "redirectURI")) {
      ctx.addIssue({
        code: "custom",
        path: ["identity", "connectors", index, "config", "redirectURI"],
        message:
          "Enter the redirect URI (https://<your domain>/dex/callback): there is no root domain to derive it from.",
      });
    }
  });
}

/**
 * The PaletteAI appliance's host values file (`/usr/local/palette-ai/values.yaml`): only what the
 * installer leaves to the admin. The root domain is Local UI's; Easel shows what the installer
 * derives from it and uses it for local users' emails, but never writes it.
 */
export const applianceConfigSchema = z
  .object({
    target: z.literal("appliance"),
    configurationId: configurationIdSchema,
    global: z.object({
      domain: optionalDomainSchema,
      metrics: metricsAgentSchema,
    }),
    fleet: z.object({ spokes: spokesSchema }),
    canvas: canvasSectionSchema.pick({ impersonation: true, branding: true }),
    identity: z.object({
      /** Mirrors Local UI's "Disable Static Dex Users": the installer then clears local users. */
      staticUsersDisabled: z.boolean(),
      connectors: connectorsSchema,
      localUsers: z.array(z.custom<LocalUser>()),
    }),
    install: installSectionSchema,
    integrations: integrationsSectionSchema,
  })
  .superRefine((config, ctx) => {
    const { staticUsersDisabled, localUsers, connectors } = config.identity;
    if (config.global.domain === "") checkRedirectUrisTyped(connectors, ctx);
    if (staticUsersDisabled && connectors.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["identity", "connectors"],
        message:
          'With "Disable Static Dex Users" on, add a connector: otherwise nobody could log in.',
      });
    }
    // Users the installer clears are not checked: they are never written.
    if (staticUsersDisabled) return;
    const result = localUsersSchema.safeParse(localUsers);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({
        code: "custom",
        path: ["identity", "localUsers", ...issue.path],
        message: issue.message,
      });
    }
    checkLocalUserEmails(localUsers, config.global.domain || undefined, ctx);
  });

export type ApplianceConfig = z.infer<typeof applianceConfigSchema>;
