import { placeholderProblem } from "./placeholders";

/** Longer than any registry address a person types; refused before any other check reads it. */
const MAX_CHART_REGISTRY_LENGTH = 512;

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
/** A repository path component as OCI references spell it (the distribution reference grammar). */
const PATH_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
/** Characters no address may hold: whitespace, control and invisible formatting characters. */
const UNPRINTABLE = /[\s\p{Cc}\p{Cf}]/u;

const EXAMPLE = "oci://registry.example.org:5000/mural";

function hostProblem(host: string): string | undefined {
  if (host === "") return `Enter the registry's host after oci://, for example ${EXAMPLE}.`;
  if (IPV6.test(host))
    return host.split(":").length >= 3 ? undefined : `"${host}" is not an IPv6 address.`;
  if (IPV4.test(host)) {
    return host.split(".").every((part) => Number(part) <= 255)
      ? undefined
      : `"${host}" is not an IP address: each part is 0 to 255.`;
  }
  if (host !== host.toLowerCase()) return `Use lowercase letters: ${host.toLowerCase()}.`;
  if (host.length > 253) return "A host name has at most 253 characters.";
  const bad = host.split(".").find((label) => !DNS_LABEL.test(label));
  if (bad === undefined) return undefined;
  return bad === ""
    ? "Remove the empty part between two dots of the host."
    : `"${bad}" is not a valid part of a host name: use a-z, 0-9 and "-" (not at either end).`;
}

function portProblem(port: string): string | undefined {
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    return "Use a port from 1 to 65535 after the host.";
  }
  return undefined;
}

function pathProblem(path: string): string | undefined {
  const bad = path.split("/").find((part) => !PATH_COMPONENT.test(part));
  if (bad === undefined) return undefined;
  return bad === ""
    ? "Remove the empty part between two slashes."
    : `"${bad}" is not a valid repository path part: use a-z and 0-9, joined by ".", "_" or "-".`;
}

/**
 * Why `value` cannot be where both charts are pulled from (`oci://host[:port][/path]`, the charts
 * being `<value>/mural-crds` and `<value>/mural`), or undefined. The address reaches install.sh,
 * Helm's arguments and Flux's OCIRepository, so it holds no credentials (they would be in every
 * one of them), no query or fragment, and nothing a shell or a URL would read otherwise.
 */
export function chartRegistryProblem(value: string): string | undefined {
  if (value.trim() === "") return `Enter the chart registry, for example ${EXAMPLE}.`;
  if (value.length > MAX_CHART_REGISTRY_LENGTH) {
    return `A chart registry address has at most ${MAX_CHART_REGISTRY_LENGTH} characters.`;
  }
  if (UNPRINTABLE.test(value)) return "Remove the spaces and control characters.";
  const placeholder = placeholderProblem(value);
  if (placeholder) return placeholder;
  if (!value.startsWith("oci://")) {
    const rest = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
    return `Start the address with oci://, for example oci://${rest || "registry.example.org/mural"}: Helm pulls the charts from an OCI registry.`;
  }
  const rest = value.slice("oci://".length);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  if (authority.includes("@")) {
    return "Leave the user name and password out of the address: give them as the registry credentials in the hub panel, which are never stored.";
  }
  if (/[?#]/.test(value))
    return "Remove the ? or # part: a chart registry has no query or fragment.";
  if (value.endsWith("/")) {
    return "Remove the trailing slash: Easel adds /mural-crds and /mural to the address.";
  }
  const parts = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  return (
    hostProblem(parts?.[1] ?? authority) ??
    (parts?.[2] !== undefined ? portProblem(parts[2]) : undefined) ??
    (slash === -1 ? undefined : pathProblem(rest.slice(slash + 1)))
  );
}
