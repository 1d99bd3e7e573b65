import { placeholderProblem } from "./placeholders";

export type BaseUrlRule = {
  /** Schemes allowed, without "://". */
  schemes: readonly ("http" | "https")[];
  /** An example shown in messages, such as https://prometheus.example.org:30090. */
  example: string;
};

const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i;

/**
 * Why `value` is not a base URL (scheme, host and optional port, nothing else), or undefined when
 * it is. Both Prometheus' base URL and the hub API server follow this rule: the chart appends its
 * own paths, so a path here would be doubled.
 */
export function baseUrlProblem(value: string, rule: BaseUrlRule): string | undefined {
  const schemeList = rule.schemes.map((scheme) => `${scheme}://`).join(" or ");
  if (value.trim() === "") return `Enter a URL such as ${rule.example}.`;
  if (/\s/.test(value)) return "Remove the spaces: a URL has none.";
  const placeholder = placeholderProblem(value);
  if (placeholder) return placeholder;
  const parts = URL_PARTS.exec(value);
  if (!parts) return `Start with ${schemeList}, for example ${rule.example}.`;
  const [, scheme = "", authority = "", rest = ""] = parts;
  if (!(rule.schemes as readonly string[]).includes(scheme.toLowerCase())) {
    return `Use ${schemeList}, not ${scheme}://.`;
  }
  if (authority.includes("@")) return "Remove the user name and password from the URL.";
  if (rest !== "") {
    return `Remove "${rest}": give only the scheme, host and port, for example ${rule.example}.`;
  }
  const port = /:(\d*)$/.exec(authority)?.[1];
  if (port !== undefined && (port === "" || Number(port) < 1 || Number(port) > 65535)) {
    return "Use a port from 1 to 65535.";
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `This is not a valid URL. Example: ${rule.example}.`;
  }
  if (url.hostname === "") return `Add a host, for example ${rule.example}.`;
  return undefined;
}
