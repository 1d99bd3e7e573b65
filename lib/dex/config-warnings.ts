import { dexHashProblem } from "@/lib/bcrypt/format";
import { parsePath } from "@/lib/paths/notation";
import { isMapping, type Tree } from "@/lib/tree/tree";

import { settingsFromDex } from "./connectors/form-values";
import { CONNECTOR_SPECS, CONNECTOR_TYPES, type ConnectorType } from "./connectors/index";
import { connectorProblems } from "./connectors/rules";
import { envExpansionWarning } from "./env-expansion";

/** Where Dex would behave surprisingly in a `dex.config`, as a path from `dex.config`. */
export type DexConfigWarning = { path: (string | number)[]; message: string };

/** Connector settings that hold secrets, whose warnings must not quote them. */
const SECRET_KEYS = new Set(
  Object.values(CONNECTOR_SPECS).flatMap((spec) =>
    spec.fields.filter((field) => field.kind === "secret").map((field) => field.key),
  ),
);

function listAt(config: Tree, key: string): unknown[] {
  const list = config[key];
  return Array.isArray(list) ? list : [];
}

/** Every string leaf under `node` with its path, so each `$` can be reported where it is. */
function stringLeaves(node: unknown, path: (string | number)[]): [(string | number)[], string][] {
  if (typeof node === "string") return [[path, node]];
  if (Array.isArray(node))
    return node.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (isMapping(node)) {
    return Object.entries(node).flatMap(([key, child]) => stringLeaves(child, [...path, key]));
  }
  return [];
}

function expansionWarnings(connectors: unknown[]): DexConfigWarning[] {
  return connectors.flatMap((connector, index) =>
    stringLeaves(isMapping(connector) ? connector.config : undefined, [
      "connectors",
      index,
      "config",
    ]).flatMap(([path, value]) => {
      const message = envExpansionWarning(value, SECRET_KEYS.has(String(path[path.length - 1])));
      return message ? [{ path, message }] : [];
    }),
  );
}

function isConnectorType(type: unknown): type is ConnectorType {
  return (CONNECTOR_TYPES as readonly unknown[]).includes(type);
}

/**
 * The connector rules the form applies (`connectorProblems`, the type's warnings), run on each
 * connector of a type Easel knows as the file gives it; settings Dex needs but the file leaves
 * out are the form's to ask for.
 */
function connectorRuleWarnings(connectors: unknown[]): DexConfigWarning[] {
  return connectors.flatMap((connector, index) => {
    if (!isMapping(connector) || !isConnectorType(connector.type)) return [];
    const settings = settingsFromDex(connector.type, connector.config);
    const problems = [
      ...connectorProblems(connector.type, settings, { isComplete: false }),
      ...(CONNECTOR_SPECS[connector.type].warn?.(settings) ?? []),
    ];
    return problems.map(({ key, message }) => ({
      path: ["connectors", index, "config", ...parsePath(key)],
      message,
    }));
  });
}

/** Items whose `keyOf` an earlier item already has, each reported at `field`. */
function repeats(
  items: unknown[],
  list: string,
  field: string,
  keyOf: (item: Tree) => string | undefined,
  message: (key: string) => string,
): DexConfigWarning[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const key = isMapping(item) ? keyOf(item) : undefined;
    if (key === undefined) return [];
    const isRepeat = seen.has(key);
    seen.add(key);
    return isRepeat ? [{ path: [list, index, field], message: message(key) }] : [];
  });
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function publicClientWarnings(clients: unknown[]): DexConfigWarning[] {
  return clients.flatMap((client, index) =>
    isMapping(client) && client.public === true && text(client.secret)
      ? [
          {
            path: ["staticClients", index, "secret"],
            message:
              "This client is public, so Dex never checks its secret: anyone with the client ID can use it. Remove the secret or make the client confidential.",
          },
        ]
      : [],
  );
}

function hashWarnings(users: unknown[]): DexConfigWarning[] {
  return users.flatMap((user, index) => {
    const hash = isMapping(user) ? text(user.hash) : undefined;
    const problem = hash === undefined ? undefined : dexHashProblem(hash);
    return problem ? [{ path: ["staticPasswords", index, "hash"], message: problem }] : [];
  });
}

/**
 * Settings Dex refuses, or accepts but that do not do what an admin expects
 * (`reference/dex-and-zot.md`): a `$` Dex expands in connector settings, the form's connector
 * rules, connector ids or emails given twice, a public client with a secret, and hashes whose
 * cost makes every login fail.
 */
export function dexConfigWarnings(config: unknown): DexConfigWarning[] {
  if (!isMapping(config)) return [];
  const connectors = listAt(config, "connectors");
  const users = listAt(config, "staticPasswords");
  return [
    ...expansionWarnings(connectors),
    ...connectorRuleWarnings(connectors),
    ...repeats(
      connectors,
      "connectors",
      "id",
      (connector) => text(connector.id),
      (id) => `Another connector already has the ID ${id}; Dex routes logins by ID.`,
    ),
    ...repeats(
      users,
      "staticPasswords",
      "email",
      (user) => text(user.email)?.toLowerCase(),
      (email) =>
        `Another local user already has the email ${email}; Dex matches emails without regard to case and keeps only one.`,
    ),
    ...publicClientWarnings(listAt(config, "staticClients")),
    ...hashWarnings(users),
  ];
}
