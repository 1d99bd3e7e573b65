import { placeholderProblem } from "./placeholders";

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The host part of something a user typed as a domain, for use in "did you mean" hints. */
function hostOf(value: string): string {
  return value.replace(SCHEME_PREFIX, "").split(/[/:?#]/)[0] ?? "";
}

/**
 * Why `value` is not a bare DNS name usable as PaletteAI's domain (`global.dns.domain`), or
 * undefined when it is. The chart puts the domain into Ingress hosts and URLs, so it must be a
 * lowercase RFC 1123 name with no scheme, port or path.
 */
export function domainProblem(value: string): string | undefined {
  if (value.trim() === "") {
    return "Enter the domain PaletteAI will be served on, for example paletteai.example.org.";
  }
  if (/\s/.test(value)) return "Remove the spaces: a domain has none.";
  const placeholder = placeholderProblem(value);
  if (placeholder) return placeholder;
  if (SCHEME_PREFIX.test(value)) {
    const host = hostOf(value) || "example.org";
    return `Leave out the scheme: enter ${host}, not ${value}.`;
  }
  if (/[/?#]/.test(value)) return `Remove the path: enter only the host, such as ${hostOf(value)}.`;
  if (value.includes(":")) {
    return `Remove the port: enter only the host, such as ${hostOf(value)}. The load balancer serves HTTPS on 443.`;
  }
  if (value.includes("@")) return "Enter a domain, not an email address.";
  if (value.startsWith("*.")) return "Enter one domain, not a wildcard.";
  if (value !== value.toLowerCase()) {
    return `Use lowercase letters (${value.toLowerCase()}): Kubernetes Ingress hosts are lowercase.`;
  }
  if (value.endsWith(".")) return "Remove the trailing dot.";
  if (IPV4.test(value))
    return "Enter a domain name, not an IP address: Ingress hosts must be names.";
  if (value.length > 253) return "A domain has at most 253 characters.";
  const labels = value.split(".");
  if (labels.length < 2) return "Enter a fully qualified domain, such as paletteai.example.org.";
  const badLabel = labels.find((label) => !DNS_LABEL.test(label));
  if (badLabel !== undefined) {
    return badLabel === ""
      ? "Remove the empty part between two dots."
      : `"${badLabel}" is not a valid part of a domain: use a-z, 0-9 and "-" (not at either end), at most 63 characters.`;
  }
  return undefined;
}
