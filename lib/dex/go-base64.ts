/**
 * Go's `base64.StdEncoding`, which `encoding/json` uses to decode a `[]byte` field such as SAML's
 * `caData` or LDAP's and GitLab's `rootCAData`: the standard alphabet, `=` padding to a multiple
 * of four, and `\r` and `\n` skipped anywhere (Go's `decodeQuantum`); any other character, a
 * space included, is an error. Trailing bits need not be zero (StdEncoding is not Strict).
 */
const GO_STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether Go's `base64.StdEncoding.DecodeString` accepts `text`. */
export function isGoStdBase64(text: string): boolean {
  return GO_STD_BASE64.test(text.replace(/[\r\n]/g, ""));
}
