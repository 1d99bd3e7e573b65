/** Characters a host name's labels are made of (`_` too: SRV names and sloppy hosts use it). */
const LABEL_CHAR = /[a-z0-9_-]/i;

function isLabelChar(char: string | undefined): boolean {
  return char !== undefined && LABEL_CHAR.test(char);
}

/** The host name around `[start, end)`: the labels before and after it, joined by dots. */
function hostAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && (isLabelChar(text[from - 1]) || text[from - 1] === ".")) from -= 1;
  let to = end;
  while (to < text.length && (isLabelChar(text[to]) || text[to] === ".")) to += 1;
  return text.slice(from, to).replace(/^\.+|\.+$/g, "");
}

/** Whether `host` is `domain` or one of its subdomains, case-insensitively as DNS compares. */
function isWithin(host: string, domain: string): boolean {
  const name = host.toLowerCase();
  const suffix = domain.toLowerCase();
  return name === suffix || name.endsWith(`.${suffix}`);
}

/**
 * Where `domain` is named in `text` as a host of its own: the whole host (`old.example.com`,
 * `https://old.example.com:5000/dex`, `admin@old.example.com`) or the end of a subdomain
 * (`zot.old.example.com`), case-insensitively. A name that only contains it
 * (`notold.example.com`, `old.example.com.evil.net`, `old.example.comfy`) is another host. Hosts
 * within `except` (the new domain, when it lies under the old one) are left out.
 */
export function domainMentions(text: string, domain: string, except = ""): number[] {
  const wanted = domain.toLowerCase().replace(/\.$/, "");
  if (wanted === "") return [];
  const lower = text.toLowerCase();
  const found: number[] = [];
  for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    if (isLabelChar(text[at - 1])) continue;
    // A dot after the domain ends the host only when no label follows it (a sentence's full stop).
    if (isLabelChar(text[end]) || (text[end] === "." && isLabelChar(text[end + 1]))) continue;
    const host = hostAround(text, at, end);
    if (except !== "" && isWithin(host, except) && isWithin(except, wanted)) continue;
    found.push(at);
  }
  return found;
}

/** `text` with every mention of `oldDomain` (as domainMentions finds them) naming `newDomain`. */
export function replaceDomain(text: string, oldDomain: string, newDomain: string): string {
  const length = oldDomain.replace(/\.$/, "").length;
  const starts = domainMentions(text, oldDomain, newDomain);
  let result = "";
  let from = 0;
  for (const start of starts) {
    result += text.slice(from, start) + newDomain;
    from = start + length;
  }
  return result + text.slice(from);
}
