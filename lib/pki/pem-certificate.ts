import { AsnConvert } from "@peculiar/asn1-schema";
import { BasicConstraints, Certificate, id_ce_basicConstraints } from "@peculiar/asn1-x509";

import { rememberReadings } from "@/lib/forms/remember-readings";

/** A CA bundle is a few kilobytes; far more is not one. */
export const PEM_MAX_BYTES = 256 * 1024;

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export type CertificateSummary = { notAfter: Date; isCa: boolean };

export type PemCertificatesReading =
  { certificates: CertificateSummary[]; warnings: string[] } | { problem: string };

function derOf(base64: string): ArrayBuffer | undefined {
  const compact = base64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  try {
    const binary = atob(compact);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes.buffer;
  } catch {
    return undefined;
  }
}

function summarise(der: ArrayBuffer): CertificateSummary | undefined {
  try {
    const { tbsCertificate } = AsnConvert.parse(der, Certificate);
    const constraints = tbsCertificate.extensions?.find(
      (extension) => extension.extnID === id_ce_basicConstraints,
    );
    const isCa = constraints ? AsnConvert.parse(constraints.extnValue, BasicConstraints).cA : false;
    return { notAfter: tbsCertificate.validity.notAfter.getTime(), isCa };
  } catch {
    return undefined;
  }
}

/** The certificates of a PEM text, parsed once per text. */
const parseCertificates = rememberReadings(
  (text): { certificates: CertificateSummary[] } | { problem: string } => {
    if (new TextEncoder().encode(text).length > PEM_MAX_BYTES) {
      return { problem: "This file is too large to be a CA certificate bundle." };
    }
    const blocks = [...text.matchAll(PEM_BLOCK)];
    if (blocks.some((block) => block[1]?.includes("PRIVATE KEY"))) {
      return {
        problem:
          "This is a private key, not a certificate. Give the CA's certificate (BEGIN CERTIFICATE), and keep the key private.",
      };
    }
    if (blocks.length === 0) {
      return {
        problem: "No PEM certificate here: paste the text from -----BEGIN CERTIFICATE-----.",
      };
    }
    const certificates: CertificateSummary[] = [];
    for (const [index, block] of blocks.entries()) {
      const which = blocks.length > 1 ? ` ${index + 1}` : "";
      if (block[1] !== "CERTIFICATE")
        return { problem: `Block${which} is a ${block[1]}, not a CERTIFICATE.` };
      const der = derOf(block[2] ?? "");
      const summary = der ? summarise(der) : undefined;
      if (!summary)
        return { problem: `Certificate${which} does not parse as an X.509 certificate.` };
      certificates.push(summary);
    }
    return { certificates };
  },
);

/**
 * Reads PEM CA certificates (a `ca.crt`): every block must be a `CERTIFICATE` that parses as X.509.
 * A private key is refused outright; an expired or non-CA certificate is kept with a warning.
 */
export function readPemCertificates(text: string, now = new Date()): PemCertificatesReading {
  const parsed = parseCertificates(text);
  if ("problem" in parsed) return parsed;
  const { certificates } = parsed;
  const warnings = certificates.flatMap((certificate, index) => {
    const which = certificates.length > 1 ? ` ${index + 1}` : "";
    return [
      ...(certificate.notAfter < now
        ? [`Certificate${which} expired on ${certificate.notAfter.toISOString().slice(0, 10)}.`]
        : []),
      ...(certificate.isCa
        ? []
        : [
            `Certificate${which} is not a CA certificate; it verifies only the exact server it was issued to.`,
          ]),
    ];
  });
  return { certificates, warnings };
}
