import {
  checkWellFormed,
  childrenOf,
  contentsOf,
  DerError,
  objectIdentifier,
  readWhole,
  type DerElement,
} from "./der";

/** What Easel tells the admin about a certificate: until when it holds, and whether it is a CA. */
export type CertificateSummary = { notAfter: Date; isCa: boolean };

const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  objectIdentifier: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  version: 0xa0,
  issuerUniqueId: 0x81,
  subjectUniqueId: 0x82,
  extensions: 0xa3,
} as const;

const BASIC_CONSTRAINTS = "2.5.29.19";

function expectTag(element: DerElement | undefined, tag: number): DerElement {
  if (element?.tag !== tag) throw new DerError(`expected tag ${tag}`);
  return element;
}

/** A UTCTime (two-digit year, RFC 5280's 1950–2049) or GeneralizedTime in UTC ("…Z"). */
function timeOf(bytes: Uint8Array, element: DerElement): Date {
  const text = new TextDecoder().decode(contentsOf(bytes, element));
  const match =
    element.tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) throw new DerError("bad time");
  const [, year = "", month, day, hour, minute, second] = match.map(Number) as number[];
  const fullYear = element.tag === TAG.utcTime ? (+year >= 50 ? 1900 : 2000) + +year : +year;
  const date = new Date(Date.UTC(fullYear, (month ?? 1) - 1, day, hour, minute, second));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day) throw new DerError("bad date");
  return date;
}

/** Whether the BasicConstraints extension's value (a DER SEQUENCE) says cA: TRUE. */
function basicConstraintsCa(bytes: Uint8Array, value: DerElement): boolean {
  const innerBytes = contentsOf(bytes, value);
  const inner = readWhole(innerBytes);
  const [first] = childrenOf(innerBytes, expectTag(inner, TAG.sequence));
  if (first?.tag !== TAG.boolean) return false;
  const contents = contentsOf(innerBytes, first);
  if (contents.length !== 1) throw new DerError("bad boolean");
  return contents[0] !== 0;
}

/** Whether any extension in the tbsCertificate's `[3]` element is BasicConstraints with cA. */
function isCaFrom(bytes: Uint8Array, extensions: DerElement | undefined): boolean {
  if (extensions === undefined) return false;
  const [list, ...extra] = childrenOf(bytes, extensions);
  if (extra.length > 0) throw new DerError("bad extensions");
  for (const extension of childrenOf(bytes, expectTag(list, TAG.sequence))) {
    const [id, ...rest] = childrenOf(bytes, expectTag(extension, TAG.sequence));
    const value = rest.at(-1);
    expectTag(value, TAG.octetString);
    if (rest.length === 2) expectTag(rest[0], TAG.boolean);
    else if (rest.length !== 1) throw new DerError("bad extension");
    const oid = objectIdentifier(contentsOf(bytes, expectTag(id, TAG.objectIdentifier)));
    if (oid === BASIC_CONSTRAINTS && value) return basicConstraintsCa(bytes, value);
  }
  return false;
}

/** The tbsCertificate's optional tail (unique ids, then extensions), each in its place. */
function extensionsOf(tail: readonly DerElement[]): DerElement | undefined {
  const allowed = [TAG.issuerUniqueId, TAG.subjectUniqueId, TAG.extensions];
  let position = 0;
  for (const element of tail) {
    const at = allowed.indexOf(element.tag as (typeof allowed)[number], position);
    if (at < 0) throw new DerError("unexpected field");
    position = at + 1;
  }
  return tail.find((element) => element.tag === TAG.extensions);
}

/**
 * Reads a DER X.509 certificate (RFC 5280): the whole structure must be well-formed DER with the
 * certificate's and the tbsCertificate's fields in order and of their types; undefined when it is
 * not a certificate. Names, keys and signatures are not looked into: the cluster's TLS verifies the
 * certificate, Easel only tells the admin what it holds.
 */
export function summariseCertificate(bytes: Uint8Array): CertificateSummary | undefined {
  try {
    const certificate = expectTag(readWhole(bytes), TAG.sequence);
    checkWellFormed(bytes, certificate);
    const [tbs, algorithm, signature, ...extra] = childrenOf(bytes, certificate);
    if (extra.length > 0) throw new DerError("bad certificate");
    expectTag(algorithm, TAG.sequence);
    expectTag(signature, TAG.bitString);
    const fields = childrenOf(bytes, expectTag(tbs, TAG.sequence));
    const [serial, sigAlgorithm, issuer, validity, subject, publicKey, ...tail] =
      fields[0]?.tag === TAG.version ? fields.slice(1) : fields;
    expectTag(serial, TAG.integer);
    for (const element of [sigAlgorithm, issuer, validity, subject, publicKey])
      expectTag(element, TAG.sequence);
    const times = childrenOf(bytes, validity as DerElement);
    if (times.length !== 2) throw new DerError("bad validity");
    const [notBefore, notAfter] = times.map((time) => {
      if (time.tag !== TAG.utcTime && time.tag !== TAG.generalizedTime)
        throw new DerError("bad time");
      return timeOf(bytes, time);
    });
    if (!notBefore || !notAfter) throw new DerError("bad validity");
    return { notAfter, isCa: isCaFrom(bytes, extensionsOf(tail)) };
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}
