import type { AlertmanagerValues } from "@/lib/chart/values-shape";
import type { GlobalSection } from "@/lib/schemas/sections/global";

/** `Basic base64(user:password)`, with the credentials encoded as UTF-8 as browsers send them. */
export function basicAuthHeader(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * `alertmanager` probe headers. The Alertmanager that receives audit events is protected by the
 * audit logging credentials, so its liveness and readiness probes must send the same ones; only
 * `httpHeaders` is set, and Helm keeps the chart's probe path and port.
 */
export function buildAlertmanagerValues(global: GlobalSection): AlertmanagerValues {
  const { username, password } = global.auditLogging;
  const probe = {
    httpGet: {
      httpHeaders: [{ name: "Authorization", value: basicAuthHeader(username, password) }],
    },
  };
  return { livenessProbe: probe, readinessProbe: structuredClone(probe) };
}
