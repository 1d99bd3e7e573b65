import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A self-signed certificate and its key, made by OpenSSL, valid for 30 days from now. */
export function opensslCertificate(options: { isCa: boolean; commonName?: string }): {
  certificate: string;
  privateKey: string;
} {
  const dir = mkdtempSync(path.join(tmpdir(), "easel-cert-"));
  const certFile = path.join(dir, "cert.pem");
  const keyFile = path.join(dir, "key.pem");
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "30",
        "-subj",
        `/CN=${options.commonName ?? "Palette CA"}`,
        "-addext",
        `basicConstraints=critical,CA:${options.isCa ? "TRUE" : "FALSE"}`,
        "-keyout",
        keyFile,
        "-out",
        certFile,
      ],
      { stdio: "ignore" },
    );
    return {
      certificate: readFileSync(certFile, "utf8"),
      privateKey: readFileSync(keyFile, "utf8"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
