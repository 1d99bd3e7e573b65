import { describe, expect, it } from "vitest";

import { clientAddress, clientKey, normalizedAddress, UNKNOWN_CLIENT } from "./client-address";

describe("the client of a request", () => {
  it("is the connection's peer, whatever X-Forwarded-For a client sends", () => {
    expect(clientAddress({ peer: "192.0.2.7", forwardedFor: "198.51.100.1" }, [])).toBe(
      "192.0.2.7",
    );
    expect(clientAddress({ peer: "::ffff:192.0.2.7" }, [])).toBe("192.0.2.7");
    // A proxy is trusted by its address only: another peer's forwarded header counts for nothing.
    expect(clientAddress({ peer: "192.0.2.7", forwardedFor: "198.51.100.1" }, ["192.0.2.8"])).toBe(
      "192.0.2.7",
    );
  });

  it("is the forwarded address when the peer is a trusted proxy: the rightmost one not a proxy", () => {
    const proxies = ["10.0.0.1", "10.0.0.2"];
    expect(clientAddress({ peer: "10.0.0.1", forwardedFor: "198.51.100.1" }, proxies)).toBe(
      "198.51.100.1",
    );
    // The client wrote the left entries itself; the proxies appended the right ones.
    expect(
      clientAddress({ peer: "10.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.1, 10.0.0.2" }, proxies),
    ).toBe("198.51.100.1");
    expect(clientAddress({ peer: "::ffff:10.0.0.1", forwardedFor: "2001:DB8::5" }, proxies)).toBe(
      "2001:db8::5",
    );
  });

  it("is the proxy itself when it forwards no usable address", () => {
    expect(clientAddress({ peer: "10.0.0.1" }, ["10.0.0.1"])).toBe("10.0.0.1");
    expect(clientAddress({ peer: "10.0.0.1", forwardedFor: "not-an-ip" }, ["10.0.0.1"])).toBe(
      "10.0.0.1",
    );
  });

  it("is one unknown client for every request when Easel's server set no peer (next dev)", () => {
    expect(clientAddress({ forwardedFor: "198.51.100.1" }, ["10.0.0.1"])).toBe(UNKNOWN_CLIENT);
    expect(clientAddress({ peer: "garbage" }, [])).toBe(UNKNOWN_CLIENT);
  });
});

describe("addresses", () => {
  it("are normalised: IPv4-mapped IPv6 to IPv4, brackets dropped, lower case", () => {
    expect(normalizedAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizedAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizedAddress(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizedAddress("example.com")).toBeUndefined();
  });

  it("are counted per IPv4 address and per IPv6 /64 network", () => {
    expect(clientKey("192.0.2.1")).toBe("192.0.2.1");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(clientKey("2001:db8:1:2::ffff")).toBe(clientKey("2001:db8:1:2:aaaa::1"));
    expect(clientKey("2001:db8:1:3::1")).not.toBe(clientKey("2001:db8:1:2::1"));
    expect(clientKey("::1")).toBe("0000:0000:0000:0000::/64");
    expect(clientKey(UNKNOWN_CLIENT)).toBe(UNKNOWN_CLIENT);
  });
});
