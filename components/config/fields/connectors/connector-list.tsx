"use client";

import { useState } from "react";
import { useFieldArray } from "react-hook-form";

import { CONNECTOR_NAMES, CONNECTOR_TYPES, type ConnectorType } from "@/lib/dex/connectors/names";
import { firstFreeName } from "@/lib/forms/first-free-name";
import { type Connector } from "@/lib/schemas/sections/connectors";
import { newConnector } from "@/lib/schemas/sections/connectors-model";
import { useConfigForm } from "@/components/hooks/config-form";

import { ListFieldset } from "../list-fieldset";
import { ConnectorRow } from "./connector-row";

const PICKER_ID = "connector-type-to-add";

/** A connector ID no other connector has: the type's own, then `<type>-1`, `<type>-2`, … */
function freeConnectorId(type: ConnectorType, connectors: readonly Connector[]): string {
  const taken = connectors.map((connector) => connector.id);
  const { defaultId } = CONNECTOR_NAMES[type];
  return taken.includes(defaultId) ? firstFreeName(`${defaultId}-`, taken) : defaultId;
}

/** `dex.config.connectors`: identity providers users sign in through, in login-page order. */
export function ConnectorList() {
  const { fields, append, remove, move } = useFieldArray({ name: "identity.connectors" });
  const { getValues } = useConfigForm();
  const [typeToAdd, setTypeToAdd] = useState<ConnectorType>("oidc");
  const addConnector = () => {
    const connectors = getValues("identity.connectors");
    append(newConnector(typeToAdd, freeConnectorId(typeToAdd, connectors)));
  };
  return (
    <ListFieldset
      name="identity.connectors"
      legend="Connectors"
      addLabel="Add connector"
      onAdd={addConnector}
      picker={
        <div className="field">
          <label htmlFor={PICKER_ID} className="field-label">
            Type of connector to add
          </label>
          <select
            id={PICKER_ID}
            className="input"
            value={typeToAdd}
            onChange={(event) => setTypeToAdd(event.target.value as ConnectorType)}
          >
            {CONNECTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {CONNECTOR_NAMES[type].label}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {fields.map((field, index) => (
        <ConnectorRow
          key={field.id}
          index={index}
          onRemove={() => remove(index)}
          onMoveUp={index > 0 ? () => move(index, index - 1) : undefined}
          onMoveDown={index < fields.length - 1 ? () => move(index, index + 1) : undefined}
        />
      ))}
    </ListFieldset>
  );
}
