import { ApiException } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";

import { hubError } from "./errors";

const SECRET_REF = {
  kind: "Secret",
  name: "palette-api-secret",
  namespace: "primary-dev",
} as const;
const HEADERS = { authorization: "Bearer super-secret-token", "set-cookie": "session=abc" };

function apiError(code: number, status: object) {
  return new ApiException(code, "Unsuccessful HTTP Request", JSON.stringify(status), HEADERS);
}

describe("hubError", () => {
  it("says which verb on which resource was forbidden, and nothing of the response", () => {
    const error = apiError(403, {
      kind: "Status",
      reason: "Forbidden",
      message: 'secrets "palette-api-secret" is forbidden: User "dev" cannot patch resource',
    });
    expect(hubError(error, { verb: "patch", ref: SECRET_REF })).toEqual({
      code: "forbidden",
      message:
        "Forbidden: the hub's user may not patch secrets in namespace primary-dev (Secret primary-dev/palette-api-secret).",
    });
  });

  it("names the fields of an invalid object, never the values the server quotes", () => {
    const error = apiError(422, {
      reason: "Invalid",
      message: 'Secret "x" is invalid: data[bad key]: Invalid value: "hunter2-value"',
      details: { causes: [{ field: "data[bad key]", message: 'Invalid value: "hunter2-value"' }] },
    });
    const mapped = hubError(error, { verb: "patch", ref: SECRET_REF });
    expect(mapped).toEqual({
      code: "invalid",
      message: "The hub rejected Secret primary-dev/palette-api-secret as invalid: data[bad key].",
    });
    expect(JSON.stringify(mapped)).not.toMatch(/hunter2|super-secret|session=abc/);
  });

  it("tells conflicts, missing objects, refused credentials and unserved kinds apart", () => {
    expect(hubError(apiError(409, {}), { verb: "patch", ref: SECRET_REF }).code).toBe("conflict");
    expect(hubError(apiError(404, {}), { verb: "get", ref: SECRET_REF }).code).toBe("not-found");
    expect(hubError(apiError(401, {}), { verb: "get" }).code).toBe("unauthorized");
    const discovery = apiError(404, {});
    discovery.message = `Failed to fetch resource metadata for helm.toolkit.fluxcd.io/v2/HelmRelease: ${discovery.message}`;
    expect(
      hubError(discovery, {
        verb: "patch",
        ref: { kind: "HelmRelease", name: "mural", namespace: "mural-system" },
      }),
    ).toEqual({
      code: "not-served",
      message:
        "The hub does not serve helm.toolkit.fluxcd.io/v2 HelmRelease (its CRD is not installed).",
    });
  });

  it("reports a hub that cannot be reached or does not answer in time", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6443"), {
      code: "ECONNREFUSED",
    });
    expect(hubError(refused, { verb: "get", server: "https://127.0.0.1:6443" })).toEqual({
      code: "unreachable",
      message: "The hub at https://127.0.0.1:6443 cannot be reached (ECONNREFUSED).",
    });
    const aborted = Object.assign(new Error("The operation was aborted."), {
      name: "AbortError",
      type: "aborted",
    });
    expect(hubError(aborted, { verb: "get", timeoutMs: 20_000 })).toEqual({
      code: "timeout",
      message: "The hub did not answer within 20 s.",
    });
    const tls = Object.assign(new Error("self-signed certificate"), {
      code: "DEPTH_ZERO_SELF_SIGNED_CERT",
    });
    expect(hubError(tls, { verb: "get" }).code).toBe("unreachable");
  });
});
