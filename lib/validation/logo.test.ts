import { describe, expect, it } from "vitest";

import { abbreviateDataUri, logoProblem, MAX_EMBEDDED_LOGO_BYTES } from "./logo";

const base64Of = (bytes: number) => Buffer.alloc(bytes, 7).toString("base64");

describe("logoProblem", () => {
  it.each([
    "",
    "https://cdn.acme.io/logo.svg",
    "http://10.0.0.1/logo.png",
    `data:image/png;base64,${base64Of(100)}`,
    `data:image/jpeg;base64,${base64Of(MAX_EMBEDDED_LOGO_BYTES)}`,
    `data:application/octet-stream;base64,${base64Of(10)}`,
  ])("accepts %s", (value) => expect(logoProblem(value)).toBeUndefined());

  it.each([
    ["ftp://acme.io/logo.png", /http:\/\/ or https:\/\//],
    ["logo.png", /http:\/\/ or https:\/\//],
    [`data:image/svg+xml;base64,${base64Of(10)}`, /PNG or JPEG/],
    ["data:image/png,notbase64", /base64 data URI/],
    [`data:image/png;base64,${base64Of(MAX_EMBEDDED_LOGO_BYTES + 1)}`, /embed at most 512 KiB/],
  ])("rejects %s", (value, message) => expect(logoProblem(value)).toMatch(message));
});

describe("abbreviateDataUri", () => {
  it("shortens embedded images and leaves URLs alone", () => {
    expect(abbreviateDataUri(`data:image/png;base64,${base64Of(4096)}`)).toBe(
      "data:image/png;base64,… (4 KiB embedded; full in the download)",
    );
    expect(abbreviateDataUri("https://cdn.acme.io/logo.svg")).toBe("https://cdn.acme.io/logo.svg");
  });
});
