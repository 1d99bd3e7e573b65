import { execFileSync } from "node:child_process";
import { AsnConvert } from "@peculiar/asn1-schema";
import { BasicConstraints, Certificate, id_ce_basicConstraints } from "@peculiar/asn1-x509";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { opensslCertificate } from "@/test/support/certificates";

import { summariseCertificate } from "./x509-summary";

/** The DER bytes of a PEM certificate, as OpenSSL converts it. */
function derOf(pem: string): Uint8Array {
  return new Uint8Array(execFileSync("openssl", ["x509", "-outform", "DER"], { input: pem }));
}

/** What a general ASN.1 library reads from the same bytes: the reference the reader must match. */
function librarySummary(der: Uint8Array) {
  const { tbsCertificate } = AsnConvert.parse(der, Certificate);
  const constraints = tbsCertificate.extensions?.find(
    (extension) => extension.extnID === id_ce_basicConstraints,
  );
  const isCa = constraints ? AsnConvert.parse(constraints.extnValue, BasicConstraints).cA : false;
  return { notAfter: tbsCertificate.validity.notAfter.getTime(), isCa };
}

const ca = derOf(opensslCertificate({ isCa: true }).certificate);
const leaf = derOf(opensslCertificate({ isCa: false, commonName: "palette.acme.io" }).certificate);

describe("summariseCertificate", () => {
  it.each([
    ["a CA certificate", ca],
    ["a certificate that is no CA", leaf],
  ])("reads %s OpenSSL made as the ASN.1 library does", (_name, der) => {
    expect(summariseCertificate(der)).toEqual(librarySummary(der));
  });

  it("reads OpenSSL's answer for isCa and notAfter", () => {
    const notAfter = execFileSync("openssl", ["x509", "-inform", "DER", "-noout", "-enddate"], {
      input: ca,
    })
      .toString()
      .replace("notAfter=", "")
      .trim();
    expect(summariseCertificate(ca)).toEqual({ notAfter: new Date(notAfter), isCa: true });
    expect(summariseCertificate(leaf)?.isCa).toBe(false);
  });

  it.each([
    ["nothing", new Uint8Array()],
    ["text", new TextEncoder().encode("hello world, not DER")],
    ["a truncated certificate", ca.subarray(0, ca.length - 1)],
    ["a certificate with a byte after it", new Uint8Array([...ca, 0])],
    ["an empty SEQUENCE", new Uint8Array([0x30, 0x00])],
    ["an indefinite length", new Uint8Array([0x30, 0x80, 0x00, 0x00])],
  ])("refuses %s", (_name, bytes) => {
    expect(summariseCertificate(bytes)).toBeUndefined();
  });

  it("never throws on a changed certificate, and reads the same facts as the ASN.1 library", () => {
    fc.assert(
      fc.property(fc.nat({ max: ca.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const changed = new Uint8Array(ca);
        changed[at] = byte;
        const summary = summariseCertificate(changed);
        let reference: ReturnType<typeof librarySummary> | undefined;
        try {
          reference = librarySummary(changed);
        } catch {
          // The library also checks names and keys inside, which the reader leaves to TLS.
          return;
        }
        // Where both read the bytes, they agree. The reader refuses more (the library reads a
        // certificate with bytes after its end, for one).
        if (summary !== undefined) expect(summary).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });
});
