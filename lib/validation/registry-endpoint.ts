import { placeholderProblem } from "./placeholders";

const OCI_ENDPOINT = /^oci:\/\/([^/?#\s:@]+)(:(\d+))?(\/[^?#\s]*)?$/;

/** The port Zot listens on; the guide requires it in the endpoint of a Zot on its own load balancer. */
export const ZOT_LOAD_BALANCER_PORT = "5000";

/**
 * Why `value` is not an OCI registry endpoint (`oci://host[:port][/path]`), or undefined. With
 * `requiredPort`, the endpoint must name that port, as the guide asks for Zot on its own load balancer.
 */
export function registryEndpointProblem(value: string, requiredPort?: string): string | undefined {
  const example = requiredPort
    ? `oci://zot.example.org:${requiredPort}`
    : "oci://123456789012.dkr.ecr.us-east-1.amazonaws.com";
  if (value.trim() === "") return `Enter the registry endpoint, for example ${example}.`;
  if (/\s/.test(value)) return "Remove the spaces.";
  const placeholder = placeholderProblem(value);
  if (placeholder) return placeholder;
  if (!value.startsWith("oci://")) {
    const rest = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
    return `Start the endpoint with oci://, for example oci://${rest || "registry.example.org"}.`;
  }
  const match = OCI_ENDPOINT.exec(value);
  if (!match) return `This is not a registry endpoint. Example: ${example}.`;
  const port = match[3];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    return "Use a port from 1 to 65535.";
  if (requiredPort && port !== requiredPort) {
    return `Zot on its own load balancer terminates TLS itself on port ${requiredPort}: end the host with :${requiredPort}, as in ${example}.`;
  }
  return undefined;
}
