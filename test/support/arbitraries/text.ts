/**
 * Text that passes the configuration schema's rules, field kind by field kind. Where a rule allows
 * any character, the text is drawn from `hostileString`, so valid configurations still carry
 * quotes, indicators, YAML 1.1 booleans and line breaks into the files.
 */
import fc from "fast-check";

import { isReservedNamespace } from "@/lib/validation/reserved-namespaces";
import { hostileString } from "@/test/support/hostile-string";

/** Any text, line breaks included: what a field with no rule may hold. */
export const wildText = hostileString;

/** Any text on one line: what "Use a single line." leaves. */
export const wildLine = hostileString.map((text) => text.replace(/[\r\n]/g, " "));

/** Visible text: what "Enter a …" (after trimming) leaves. */
export const wildNonBlank = wildText.map((text) => (text.trim() === "" ? `${text}x` : text));

export const wildNonBlankLine = wildLine.map((text) => (text.trim() === "" ? `${text}x` : text));

/** One word with none of `forbidden` and no whitespace, such as a Basic authentication user. */
export function wildWord(forbidden: RegExp = /[\s:]/g): fc.Arbitrary<string> {
  return hostileString.map((text) => text.replace(forbidden, "") || "w");
}

/** A typed secret: one line, no surrounding spaces, at least `minLength` characters. */
export function wildSecret(minLength: number): fc.Arbitrary<string> {
  return wildLine.map((text) => `s${text}s`.padEnd(minLength, "s"));
}

const LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** An RFC 1123 label: a spoke or namespace name. */
export const dnsLabel = fc.stringMatching(LABEL);

/** A namespace Easel may write to: a label that is not one of Kubernetes' own namespaces. */
export const writableNamespace = dnsLabel.filter((label) => !isReservedNamespace(label));

/** An RFC 1123 subdomain: a Secret or ingress class name. */
export const dnsSubdomain = fc
  .array(dnsLabel, { minLength: 1, maxLength: 3 })
  .map((labels) => labels.join("."));

/** A domain ending in a letters-only top-level label, so it is neither an IP nor a bad email host. */
export const domainName = fc
  .tuple(fc.array(dnsLabel, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,8}$/))
  .map(([labels, top]) => [...labels, top].join("."));

/** The part of an email before `@`, by zod's rule (which allows `'` and `+`). */
export const emailLocalPart = fc.stringMatching(
  /^(?:[A-Za-z0-9_'+-]{1,8}\.){0,2}[A-Za-z0-9_'+-]{0,8}[A-Za-z0-9_+-]$/,
);

export const email = fc
  .tuple(emailLocalPart, domainName)
  .map(([local, domain]) => `${local}@${domain}`);

/** A host as a URL names it: a DNS name, an IPv4 address or a bracketed IPv6 address. */
const urlHost = fc.oneof(
  domainName,
  fc.ipV4(),
  fc.ipV6().map((address) => `[${address}]`),
);

const port = fc.integer({ min: 1, max: 65535 });

/** A base URL: scheme, host and optional port, nothing else (the hub API server, Prometheus). */
export function baseUrl(schemes: readonly ("http" | "https")[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...schemes), urlHost, fc.option(port, { nil: undefined }))
    .map(([scheme, host, at]) => `${scheme}://${host}${at === undefined ? "" : `:${at}`}`);
}

/** Any http(s) URL, with paths, queries, fragments and user info. */
export const webUrl = fc.webUrl({
  validSchemes: ["http", "https"],
  withQueryParameters: true,
  withFragments: true,
});

/** `oci://host[:port][/path]`, with the port fixed when `requiredPort` is given. */
export function ociEndpoint(requiredPort?: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      domainName,
      requiredPort ? fc.constant(requiredPort) : fc.option(port, { nil: undefined }),
      fc.array(dnsLabel, { maxLength: 2 }),
    )
    .map(
      ([host, at, path]) =>
        `oci://${host}${at === undefined ? "" : `:${at}`}${path.map((part) => `/${part}`).join("")}`,
    );
}

/** A Prometheus duration such as 15s or 1m30s, never zero. */
export const duration = fc
  .array(
    fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom("ms", "s", "m", "h", "d", "w", "y"))
      .map(([count, unit]) => `${count}${unit}`),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(""));

export const semver = fc.stringMatching(
  /^\d{1,3}\.\d{1,3}\.\d{1,3}(-[0-9A-Za-z.-]{1,10})?(\+[0-9A-Za-z.-]{1,10})?$/,
);

/** A key of a Secret's data. */
export const secretKey = fc
  .stringMatching(/^[-._a-zA-Z0-9]{1,20}$/)
  .map((key) => (key === "." || key === ".." ? "key" : key));

/** A Google Cloud resource name, such as a global static IP address's name. */
export const gcpResourceName = fc.stringMatching(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);

/** An annotation key: `[prefix/]name`, the prefix a DNS subdomain. */
export const annotationKey = fc
  .tuple(
    fc.option(dnsSubdomain, { nil: undefined }),
    fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/),
  )
  .map(([prefix, name]) => (prefix === undefined ? name : `${prefix}/${name}`));

/** Base64 of random bytes, wrapped as PEM bodies are when `wrap` is set. */
export function base64Text(wrap: boolean): fc.Arbitrary<string> {
  return fc.uint8Array({ minLength: 1, maxLength: 120 }).map((bytes) => {
    const text = Buffer.from(bytes).toString("base64");
    return wrap ? (text.match(/.{1,64}/g) ?? []).join("\n") : text;
  });
}

/** A Canvas logo: none, an http(s) URL, or a small embedded PNG or JPEG. */
export const logo = fc.oneof(
  fc.constant(""),
  webUrl,
  fc
    .tuple(fc.constantFrom("image/png", "image/jpeg"), base64Text(false))
    .map(([type, payload]) => `data:${type};base64,${payload}`),
);
