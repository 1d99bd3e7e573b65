import { z } from "zod";

import { CONNECTOR_TYPES } from "@/lib/dex/connectors/index";
import { connectorProblems } from "@/lib/dex/connectors/rules";
import type { ConnectorSettings } from "@/lib/dex/connectors/types";
import { serviceAccountKeyProblem } from "@/lib/dex/google-service-account";
import { textSchema } from "@/lib/schemas/fields";
import { BROKEN_CHARACTER_MESSAGE, brokenTextPaths } from "@/lib/validation/broken-character";

import { LOCAL_CONNECTOR_ID } from "./connectors-model";
import { checkUnique } from "./unique";

const CONNECTOR_ID = /^[A-Za-z0-9_-]+$/;

/**
 * One Dex connector (`dex.config.connectors[]`). `config` holds the form's text and checkboxes,
 * nested as Dex nests its keys; `redirectURI` empty means `https://<domain>/dex/callback`.
 * `serviceAccountKey` is a Google service-account key kept for its Secret, never for values.yaml.
 */
export const connectorSchema = z
  .object({
    type: z.enum(CONNECTOR_TYPES, { message: "Choose a connector type." }),
    id: textSchema,
    name: textSchema,
    config: z.custom<ConnectorSettings>((value) => typeof value === "object" && value !== null),
    serviceAccountKey: textSchema,
  })
  .superRefine((connector, ctx) => {
    if (!CONNECTOR_ID.test(connector.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["id"],
        message: 'Use letters, digits, "-" and "_" for the connector ID; it appears in login URLs.',
      });
    } else if (connector.id === LOCAL_CONNECTOR_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["id"],
        message: '"local" is the ID Dex gives local users: choose another.',
      });
    }
    if (connector.name.trim() === "") {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: "Enter the name shown on the login page.",
      });
    }
    // A broken character is said alone: the setting's other checks would only repeat it.
    const broken = brokenTextPaths(connector.config);
    for (const path of broken) {
      ctx.addIssue({
        code: "custom",
        path: ["config", ...path],
        message: BROKEN_CHARACTER_MESSAGE,
      });
    }
    const brokenKeys = new Set(broken.map((path) => path.join(".")));
    if (connector.serviceAccountKey !== "") {
      const problem = serviceAccountKeyProblem(connector.serviceAccountKey);
      if (problem) ctx.addIssue({ code: "custom", path: ["serviceAccountKey"], message: problem });
    }
    for (const problem of connectorProblems(connector.type, connector.config, {
      isComplete: true,
    })) {
      if (brokenKeys.has(problem.key)) continue;
      ctx.addIssue({
        code: "custom",
        path: ["config", ...problem.key.split(".")],
        message: problem.message,
      });
    }
  });

export type Connector = z.infer<typeof connectorSchema>;

/** `dex.config.connectors`: each id once, since Dex routes logins by it. */
export const connectorsSchema = z.array(connectorSchema).superRefine((connectors, ctx) => {
  checkUnique(
    connectors,
    (connector) => connector.id,
    ctx,
    (index) => [index, "id"],
    (id) => `Another connector already has the ID ${id}.`,
  );
});
