"use client";

import { METRICS_AGENT_TYPES } from "@/lib/chart/constants";
import { generateSecret } from "@/lib/secrets/generate";
import { isGenerated } from "@/lib/secrets/generated-values";
import { DOMAIN_MARKER } from "@/lib/targets/value-markers";
import { domainUrls } from "@/lib/values-builders/domain-urls";
import { SecretField } from "@/components/ui/secret-field";
import { SelectField } from "@/components/ui/select-field";
import { holdsDerived } from "@/components/ui/shown-tag";
import { TextField } from "@/components/ui/text-field";
import { useSettledValue } from "@/components/hooks/use-settled-config";

import { FormSection } from "../form-section";
import { useTargetShows } from "../target-context";
import { DefaultsGroup, type DefaultField } from "./defaults-group";
import { InstallerManagedRows } from "./installer-managed-rows";

const AGENT_LABELS: Record<(typeof METRICS_AGENT_TYPES)[number], string> = {
  "prometheus-agent-minimal": "prometheus-agent-minimal: spoke CPU and GPU utilisation only",
  "prometheus-agent": "prometheus-agent: all node-exporter and DCGM metrics",
};

const METRICS_DEFAULT_FIELDS = [
  { name: "global.metrics.agentType", label: "agent" },
  { name: "global.metrics.timeout", label: "query timeout" },
  { name: "global.metrics.scrapeInterval", label: "scrape interval" },
] as const satisfies readonly DefaultField[];

function AuditLoggingFields() {
  return (
    <fieldset className="subsection">
      <legend>Audit logging</legend>
      <p className="field-hint">
        Credentials that protect the Alertmanager receiving audit events. Easel also writes the
        matching Authorization header into Alertmanager&apos;s liveness and readiness probes.
      </p>
      <TextField name="global.auditLogging.username" label="Audit user name" />
      <SecretField
        name="global.auditLogging.password"
        label="Audit password"
        generate={generateSecret}
        tag="generated"
        isTagShown={isGenerated}
      />
    </fieldset>
  );
}

function PrometheusUrlField() {
  const domain = useSettledValue("global.domain");
  const derived = domainUrls(domain || DOMAIN_MARKER).prometheusBaseUrl;
  return (
    <TextField
      name="global.metrics.prometheusBaseUrl"
      label="Prometheus base URL"
      tag="derived"
      isTagShown={holdsDerived(derived)}
      placeholder={derived}
      inputMode="url"
      hint={`Leave empty for ${derived} (the hub's Prometheus on port 30090, as in the guide). Scheme, host and port only, no path.`}
    />
  );
}

/** `global`: the domain, audit logging credentials and metrics, as far as the target leaves them open. */
export function GlobalFields() {
  const showsAuditLogging = useTargetShows("auditLogging");
  const showsMetricsEndpoint = useTargetShows("metricsEndpoint");
  return (
    <FormSection
      id="global"
      title="Global"
      description="The settings every PaletteAI component shares."
    >
      {showsAuditLogging ? <AuditLoggingFields /> : null}
      <fieldset className="subsection">
        <legend>Metrics</legend>
        {showsMetricsEndpoint ? <PrometheusUrlField /> : null}
        <DefaultsGroup title="Agent and intervals" fields={METRICS_DEFAULT_FIELDS}>
          <SelectField
            name="global.metrics.agentType"
            label="Agent type"
            options={METRICS_AGENT_TYPES.map((value) => ({ value, label: AGENT_LABELS[value] }))}
            hint="Choose the full agent when metrics go to an external Prometheus you run."
          />
          <div className="field-pair">
            <TextField name="global.metrics.timeout" label="Query timeout" />
            <TextField name="global.metrics.scrapeInterval" label="Scrape interval" />
          </div>
        </DefaultsGroup>
        {showsMetricsEndpoint ? (
          <div className="field-pair">
            <TextField
              name="global.metrics.username"
              label="Prometheus user name"
              tag="optional"
              hint="Only if your Prometheus asks for Basic authentication."
            />
            <SecretField
              name="global.metrics.password"
              label="Prometheus password"
              tag="optional"
            />
          </div>
        ) : null}
      </fieldset>
      <InstallerManagedRows section="global" />
    </FormSection>
  );
}
