import { describe, expect, it } from "vitest";

import { opensslCertificate } from "@/test/support/certificates";

import { readPemCertificates } from "./pem-certificate";

const ca = opensslCertificate({ isCa: true });
const leaf = opensslCertificate({ isCa: false, commonName: "palette.acme.io" });

function problemOf(text: string): string | undefined {
  const reading = readPemCertificates(text);
  return "problem" in reading ? reading.problem : undefined;
}

describe("readPemCertificates", () => {
  it("reads a CA certificate OpenSSL made, without warnings", () => {
    const reading = readPemCertificates(ca.certificate);
    expect(reading).toMatchObject({ certificates: [{ isCa: true }], warnings: [] });
  });

  it("reads a bundle and warns about a certificate that is no CA", () => {
    const reading = readPemCertificates(`${ca.certificate}${leaf.certificate}`);
    expect(reading).toMatchObject({
      certificates: [{ isCa: true }, { isCa: false }],
      warnings: [
        "Certificate 2 is not a CA certificate; it verifies only the exact server it was issued to.",
      ],
    });
  });

  it("warns about an expired certificate", () => {
    const reading = readPemCertificates(ca.certificate, new Date("2100-01-01"));
    expect("warnings" in reading && reading.warnings[0]).toMatch(/^Certificate expired on \d{4}-/);
  });

  it.each([
    ["a private key", ca.privateKey, /private key, not a certificate/],
    ["a certificate with its key", `${ca.certificate}${ca.privateKey}`, /private key/],
    ["plain text", "my CA", /No PEM certificate/],
    [
      "a public key",
      "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
      /PUBLIC KEY, not a CERTIFICATE/,
    ],
    [
      "broken base64",
      "-----BEGIN CERTIFICATE-----\n***\n-----END CERTIFICATE-----\n",
      /does not parse/,
    ],
    [
      "bytes that are no certificate",
      `-----BEGIN CERTIFICATE-----\n${btoa("hello world, not DER")}\n-----END CERTIFICATE-----\n`,
      /does not parse/,
    ],
    ["a huge paste", "a".repeat(300 * 1024), /too large/],
  ])("refuses %s", (_name, text, problem) => {
    expect(problemOf(text)).toMatch(problem);
  });
});
