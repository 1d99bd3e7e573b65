"use client";

import {
  CONDITION_REASONS,
  INSTALLER_MANAGED_FIELDS,
  installerValue,
  type ManagedSection,
} from "@/lib/targets/appliance/installer-managed";
import { domainProblem } from "@/lib/validation/domain";
import { useSettledValue } from "@/components/hooks/use-settled-config";

import { useTargetShows } from "../target-context";

export type InstallerManagedRowsProps = { section: ManagedSection };

/** The fields of one section that the appliance installer sets, read-only, with its value and why. */
export function InstallerManagedRows({ section }: InstallerManagedRowsProps) {
  // Only the appliance watches the domain here; other targets' typing never reaches this table.
  return useTargetShows("installerManaged") ? <ManagedTable section={section} /> : null;
}

function ManagedTable({ section }: InstallerManagedRowsProps) {
  const domain = useSettledValue("global.domain");
  const rootDomain = domainProblem(domain) === undefined ? domain : "";
  const rows = INSTALLER_MANAGED_FIELDS.filter((field) => field.section === section);
  return (
    <table className="installer-managed">
      <caption>Set by the installer: left out of the file, since edits have no effect</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Installer&apos;s value</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((field) => (
          <tr key={field.path}>
            <th scope="row">
              <code>{field.path}</code>
            </th>
            <td>{installerValue(field, rootDomain)}</td>
            <td>{CONDITION_REASONS[field.condition]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
