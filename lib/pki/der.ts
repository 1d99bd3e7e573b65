// A strict reader of DER (the encoding of X.509 certificates): just enough to walk a certificate's
// structure in the browser without a general ASN.1 library, which would weigh on every form's
// first load (the schema checks a CA certificate at every validation).

/** One DER element: its tag byte and where its contents lie in the bytes. */
export type DerElement = { tag: number; start: number; end: number };

/** Thrown for bytes that are not well-formed DER. */
export class DerError extends Error {}

/** A constructed element (bit 6 of the tag) holds further elements. */
const isConstructed = (tag: number) => (tag & 0x20) !== 0;

/** The element at `offset`, within `limit`: single-byte tags and definite, minimal lengths only. */
export function readElement(bytes: Uint8Array, offset: number, limit: number): DerElement {
  if (offset + 2 > limit) throw new DerError("truncated");
  const tag = bytes[offset] ?? 0;
  if ((tag & 0x1f) === 0x1f) throw new DerError("multi-byte tag");
  const first = bytes[offset + 1] ?? 0;
  let start = offset + 2;
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    // DER forbids the indefinite form (0x80); four length bytes already exceed any certificate.
    if (count === 0 || count > 4 || start + count > limit) throw new DerError("bad length");
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + (bytes[start + index] ?? 0);
    if (length < 0x80 || (bytes[start] ?? 0) === 0) throw new DerError("length not minimal");
    start += count;
  }
  const end = start + length;
  if (end > limit) throw new DerError("truncated");
  return { tag, start, end };
}

/** The elements inside a constructed `element`, each checked to fill it exactly. */
export function childrenOf(bytes: Uint8Array, element: DerElement): DerElement[] {
  if (!isConstructed(element.tag)) throw new DerError("not constructed");
  const children: DerElement[] = [];
  for (let offset = element.start; offset < element.end;) {
    const child = readElement(bytes, offset, element.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Checks that every constructed element below `element` is well-formed, to any depth. */
export function checkWellFormed(bytes: Uint8Array, element: DerElement, depth = 0): void {
  if (depth > 32) throw new DerError("too deep");
  if (!isConstructed(element.tag)) return;
  for (const child of childrenOf(bytes, element)) checkWellFormed(bytes, child, depth + 1);
}

/** The whole of `bytes` as exactly one element. */
export function readWhole(bytes: Uint8Array): DerElement {
  const element = readElement(bytes, 0, bytes.length);
  if (element.end !== bytes.length) throw new DerError("trailing bytes");
  return element;
}

/** An element's contents. */
export const contentsOf = (bytes: Uint8Array, element: DerElement) =>
  bytes.subarray(element.start, element.end);

/** An OBJECT IDENTIFIER's contents in dotted form ("2.5.29.19"). */
export function objectIdentifier(contents: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of contents) {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    arcs.push(value);
    value = 0;
  }
  const [first = 0, ...rest] = arcs;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...rest].join(".");
}
