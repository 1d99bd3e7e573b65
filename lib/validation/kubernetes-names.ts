const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

/** Why `value` is not an RFC 1123 label (a spoke or namespace name), or undefined. */
export function dnsLabelProblem(value: string, what: string): string | undefined {
  if (value === "") return `Enter a ${what}.`;
  if (value.length > 63) return `A ${what} has at most 63 characters.`;
  if (!DNS_LABEL.test(value)) {
    return `Use lowercase letters, digits and "-" for the ${what}, starting and ending with a letter or digit.`;
  }
  return undefined;
}

/** Why `value` is not an RFC 1123 subdomain (a Secret name), or undefined. */
export function dnsSubdomainProblem(value: string, what: string): string | undefined {
  if (value === "") return `Enter a ${what}.`;
  if (value.length > 253) return `A ${what} has at most 253 characters.`;
  if (!DNS_SUBDOMAIN.test(value)) {
    return `Use lowercase letters, digits, "-" and "." for the ${what}, starting and ending with a letter or digit.`;
  }
  return undefined;
}

/** Why `value` cannot be a key of a Secret's data, or undefined. */
export function secretKeyProblem(value: string, holds = "the kubeconfig"): string | undefined {
  if (value === "") return `Enter the key that holds ${holds}.`;
  if (!SECRET_KEY.test(value) || value === "." || value === "..") {
    return 'A Secret key uses letters, digits, "-", "_" and "." only.';
  }
  return undefined;
}

const QUALIFIED_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Why `value` is not an annotation key (`[prefix/]name`, the prefix a DNS subdomain), or undefined. */
export function annotationKeyProblem(value: string): string | undefined {
  if (value === "") return "Enter the annotation's key.";
  const slash = value.lastIndexOf("/");
  const prefix = slash === -1 ? undefined : value.slice(0, slash);
  const name = slash === -1 ? value : value.slice(slash + 1);
  if (prefix !== undefined) {
    const problem = dnsSubdomainProblem(prefix, "key prefix (before the /)");
    if (problem) return problem;
  }
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    return 'After the prefix, use up to 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit.';
  }
  return undefined;
}
