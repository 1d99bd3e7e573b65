import { DEX_BCRYPT_COST } from "@/lib/bcrypt/format";
import { DEX_STATIC_CLIENT_IDS } from "@/lib/chart/constants";
import type { TreePath } from "@/lib/paths/tree-path";
import type { Connector } from "@/lib/schemas/sections/connectors";
import type { LocalUser } from "@/lib/schemas/sections/identity";
import { isMapping } from "@/lib/tree/tree";

import { readList, type ListAlignment } from "./list-alignment";
import { readConnector } from "./read-connector";
import type { ValuesReader } from "./values-reader";

const CONNECTORS: TreePath = ["dex", "config", "connectors"];
const STATIC_PASSWORDS: TreePath = ["dex", "config", "staticPasswords"];
const STATIC_CLIENTS: TreePath = ["dex", "config", "staticClients"];

function readLocalUser(values: ValuesReader, at: TreePath): LocalUser | undefined {
  const hash = values.text([...at, "hash"]);
  if (!isMapping(values.at(at)) || hash === undefined) {
    values.skip(
      at,
      "This local user has no hash, so the form leaves it out; Easel keeps it in the file.",
    );
    return undefined;
  }
  return {
    email: values.text([...at, "email"]) ?? "",
    username: values.text([...at, "username"]) ?? "",
    userID: values.text([...at, "userID"]) ?? "",
    password: "",
    passwordConfirmation: "",
    cost: DEX_BCRYPT_COST,
    isHashImported: true,
    hash,
  };
}

/** `dex.config.staticPasswords`, each user with the hash the file has. */
export function readLocalUsers(
  values: ValuesReader,
  users: LocalUser[],
): ListAlignment | undefined {
  const read = readList(values, STATIC_PASSWORDS, (at) => readLocalUser(values, at));
  users.splice(0, users.length, ...(read?.items ?? []));
  return read?.alignment;
}

/** `dex.config.connectors` of the types Easel configures; the others stay in the file only. */
export function readConnectors(
  values: ValuesReader,
  connectors: Connector[],
  domain: string,
): ListAlignment | undefined {
  const read = readList(values, CONNECTORS, (at) => readConnector(values, at, domain));
  connectors.splice(0, connectors.length, ...(read?.items ?? []));
  return read?.alignment;
}

/** The secrets of the `mural` and `kubernetes` static clients, found by their ids. */
export function readClientSecrets(
  values: ValuesReader,
  clients: { muralSecret: string; kubernetesSecret: string },
): void {
  const list = values.list(STATIC_CLIENTS) ?? [];
  list.forEach((client, index) => {
    if (!isMapping(client)) return;
    const secret = values.text([...STATIC_CLIENTS, index, "secret"]);
    if (secret === undefined) return;
    if (client.id === DEX_STATIC_CLIENT_IDS.mural) clients.muralSecret = secret;
    if (client.id === DEX_STATIC_CLIENT_IDS.kubernetes) clients.kubernetesSecret = secret;
  });
}
