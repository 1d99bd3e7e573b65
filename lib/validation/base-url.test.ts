import { describe, expect, it } from "vitest";

import { baseUrlProblem } from "./base-url";

const PROMETHEUS = {
  schemes: ["http", "https"],
  example: "https://prometheus.example.org:30090",
} as const;
const HUB = { schemes: ["https"], example: "https://34.118.0.10" } as const;

describe("baseUrlProblem", () => {
  it.each([
    ["https://example.org:30090", PROMETHEUS],
    ["http://10.0.0.5:9090", PROMETHEUS],
    ["https://prometheus.internal", PROMETHEUS],
    ["https://34.118.0.10", HUB],
    ["https://34.118.0.10:443", HUB],
    ["https://[2001:db8::1]:6443", HUB],
  ])("accepts %s", (url, rule) => expect(baseUrlProblem(url, rule)).toBeUndefined());

  it.each([
    ["", PROMETHEUS, /Enter a URL/],
    ["https://example.org:30090/api/v1/write", PROMETHEUS, /Remove "\/api\/v1\/write"/],
    ["https://example.org:30090/", PROMETHEUS, /Remove "\/"/],
    ["https://example.org?x=1", PROMETHEUS, /Remove "\?x=1"/],
    ["example.org:30090", PROMETHEUS, /Start with http:\/\/ or https:\/\//],
    ["ftp://example.org", PROMETHEUS, /Use http:\/\/ or https:\/\//],
    ["https://user:pw@example.org", PROMETHEUS, /user name and password/],
    ["https://example.org:99999", PROMETHEUS, /port from 1 to 65535/],
    ["https://example.org:", PROMETHEUS, /port from 1 to 65535/],
    ["https:// example.org", PROMETHEUS, /spaces/],
    ["http://34.118.0.10", HUB, /Use https:\/\//],
    ["34.118.0.10", HUB, /Start with https:\/\//],
    ["https://<public-ip>:<port>", HUB, /placeholder/],
  ])("rejects %j", (url, rule, message) => {
    expect(baseUrlProblem(url, rule)).toMatch(message);
  });
});
