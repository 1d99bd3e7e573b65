"use client";

import { PEM_MAX_BYTES, readPemCertificates } from "@/lib/pki/pem-certificate";
import { TextFileField } from "@/components/ui/text-file-field";

/** The Palette CA certificate, uploaded as PEM and read as X.509 to say what it holds. */
export function PaletteCaCertificate() {
  return (
    <TextFileField
      name="integrations.palette.caCertificate"
      label="Palette CA certificate (PEM)"
      tag="optional"
      accept=".crt,.pem,.cer,text/plain"
      maxBytes={PEM_MAX_BYTES}
      hint="For a self-hosted Palette with a self-signed certificate: stored in its own Secret (key ca.crt) that the integration names in tlsSecretRef."
      read={(text) => {
        const reading = readPemCertificates(text);
        if ("problem" in reading) return reading;
        const count = reading.certificates.length;
        return {
          summary: `${count} certificate${count === 1 ? "" : "s"}`,
          warning: reading.warnings.join(" ") || undefined,
        };
      }}
    />
  );
}
