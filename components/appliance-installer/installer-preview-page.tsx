"use client";

import { useDeferredValue, useMemo, useState } from "react";

import {
  previewInstaller,
  readHostFile,
  type HostFile,
} from "@/lib/appliance-installer/installer-preview";
import type { LocalUiSettings } from "@/lib/appliance-installer/local-ui-settings";
import { settingsFromQuery, settingsToQuery } from "@/lib/appliance-installer/settings-query";
import { domainProblem } from "@/lib/validation/domain";
import { LineWarningsList } from "@/components/ui/line-warnings-list";
import { YamlTextInput } from "@/components/ui/yaml-text-input";

import { ConsequencesList } from "./consequences-list";
import { CustomizationsList } from "./customizations-list";
import { FinalValuesPanel } from "./final-values-panel";
import { IgnoredEditsList } from "./ignored-edits-list";
import { LocalUiFields } from "./local-ui-fields";
import { ManagedFieldsTable } from "./managed-fields-table";

/** Keeps the settings in the address bar, so the link reproduces the view; never the file. */
function rememberInLink(settings: LocalUiSettings): void {
  const url = `${window.location.pathname}${settingsToQuery(settings)}`;
  window.history.replaceState(null, "", url);
}

function ignoredSummary(count: number): string {
  if (count === 0) return "The installer overrides none of the customer's edits.";
  return `${count} of the customer's edits ${count === 1 ? "is" : "are"} ignored: the installer overrides ${count === 1 ? "it" : "them"}.`;
}

/**
 * Support staff's view of a customer's appliance: paste the host values.yaml, set the Local UI
 * settings, and see which edits the installer ignores and what Helm receives. Runs only in the
 * browser; the file never leaves it.
 */
export function InstallerPreviewPage() {
  const [settings, setSettings] = useState(() => settingsFromQuery(window.location.search));
  const [rootDomainText, setRootDomainText] = useState(settings.rootDomain);
  const [host, setHost] = useState<HostFile & { name: string }>();
  const deferredSettings = useDeferredValue(settings);
  const result = useMemo(
    () => (host ? previewInstaller(host, deferredSettings, new Date()) : undefined),
    [host, deferredSettings],
  );

  function changeSettings(next: LocalUiSettings) {
    setSettings(next);
    rememberInLink(next);
  }

  function typeRootDomain(text: string) {
    setRootDomainText(text);
    changeSettings({ ...settings, rootDomain: domainProblem(text) === undefined ? text : "" });
  }

  function takeFile(name: string, text: string): string | undefined {
    const reading = readHostFile(text);
    if ("problem" in reading) return reading.problem;
    setHost({ ...reading, name });
    return undefined;
  }

  const ignored = result?.merge.fields.filter((field) => field.userEditIgnored) ?? [];
  return (
    <>
      <div className="installer-inputs">
        <section className="values-import" aria-labelledby="host-file-title">
          <h2 id="host-file-title">The customer&apos;s host values.yaml</h2>
          <p className="field-hint">
            <code>/usr/local/palette-ai/values.yaml</code> from any node. It stays in this browser.
          </p>
          <YamlTextInput fileLabel="values.yaml" onText={takeFile} />
          {host ? (
            <p role="status">
              Showing <strong>{host.name}</strong>.
            </p>
          ) : null}
        </section>
        <LocalUiFields
          settings={settings}
          rootDomainText={rootDomainText}
          onRootDomainText={typeRootDomain}
          onChange={changeSettings}
        />
      </div>
      {result ? (
        <div className="installer-results">
          {host && host.warnings.length > 0 ? (
            <LineWarningsList warnings={host.warnings} label="Warnings about the host file" />
          ) : null}
          <section aria-labelledby="ignored-title">
            <h2 id="ignored-title">Ignored edits</h2>
            <p className="preview-status" role="status">
              {ignoredSummary(ignored.length)}
            </p>
            <IgnoredEditsList fields={ignored} />
          </section>
          <section aria-labelledby="consequences-title">
            <h2 id="consequences-title">Consequences</h2>
            <p className="field-hint">
              What goes wrong on the appliance because of what the installer sets beside the
              customer&apos;s values.
            </p>
            <ConsequencesList items={result.consequences} />
          </section>
          <section aria-labelledby="managed-title">
            <h2 id="managed-title">Installer-managed fields</h2>
            <ManagedFieldsTable fields={result.merge.fields} />
          </section>
          <section aria-labelledby="customizations-title">
            <h2 id="customizations-title">The customer&apos;s effective customizations</h2>
            <p className="field-hint">Everything the file sets that reaches Helm as written.</p>
            <CustomizationsList items={result.customizations} />
          </section>
          <FinalValuesPanel finalText={result.finalText} finalValues={result.merge.finalValues} />
        </div>
      ) : null}
    </>
  );
}
