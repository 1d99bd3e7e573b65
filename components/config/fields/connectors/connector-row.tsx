"use client";

import dynamic from "next/dynamic";

import { CONNECTOR_NAMES } from "@/lib/dex/connectors/names";
import { TextField } from "@/components/ui/text-field";
import { useConfigWatch } from "@/components/hooks/config-form";

import { ListItem } from "../list-fieldset";

/** A type's settings and Dex's rules load with the first connector: most installs have none. */
const ConnectorSettings = dynamic(
  () => import("./connector-settings").then((loaded) => loaded.ConnectorSettings),
  { ssr: false, loading: () => <p className="loading">Loading the connector settings…</p> },
);

export type ConnectorRowProps = {
  index: number;
  onRemove: () => void;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
};

/** A folded connector's line: its ID and the name the login page shows. */
function ConnectorSummary({ base }: { base: `identity.connectors.${number}` }) {
  const [id, name] = useConfigWatch([`${base}.id`, `${base}.name`]);
  return `${id || "(no ID)"}: "${name}" on the login page`;
}

/** One Dex connector: its ID and login-page name, then the settings of its type. */
export function ConnectorRow({ index, onRemove, onMoveUp, onMoveDown }: ConnectorRowProps) {
  const base = `identity.connectors.${index}` as const;
  const type = useConfigWatch(`${base}.type`);
  return (
    <ListItem
      base={base}
      legend={`Connector ${index + 1}: ${CONNECTOR_NAMES[type].label}`}
      itemName={`connector ${index + 1}`}
      onRemove={onRemove}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
      summary={<ConnectorSummary base={base} />}
    >
      <div className="field-pair">
        <TextField
          name={`${base}.id`}
          label="Connector ID"
          hint="Appears in login URLs; letters, digits, - and _."
        />
        <TextField name={`${base}.name`} label="Name on the login page" />
      </div>
      <ConnectorSettings base={base} type={type} />
    </ListItem>
  );
}
