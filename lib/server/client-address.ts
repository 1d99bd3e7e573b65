import "server-only";

import { isIP } from "node:net";

/**
 * The header Easel's own server (scripts/server/edge.mjs) sets on every request from the
 * connection's peer address, after removing any copy the client sent. Under `next dev` or
 * `next start` nobody sets it.
 */
export const PEER_HEADER = "x-easel-peer";

/** Every request whose client Easel cannot tell counts as this one client (fail safe). */
export const UNKNOWN_CLIENT = "unknown";

/** What a request says about where it came from. */
export type ClientHeaders = {
  /** `x-easel-peer`: the connection's peer, as Easel's server saw it. */
  peer?: string;
  /** `X-Forwarded-For`, as the peer sent it. */
  forwardedFor?: string;
};

/** `::ffff:192.0.2.1` → `192.0.2.1`; otherwise the address lower-cased, or undefined if none. */
export function normalizedAddress(address: string | undefined): string | undefined {
  const bare = address
    ?.trim()
    .replace(/^\[|\]$/g, "")
    .toLowerCase();
  if (!bare || isIP(bare) === 0) return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  return mapped ? mapped[1] : bare;
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const part = (text: string) => (text ? text.split(":") : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const fill = Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((group) => group.padStart(4, "0"));
}

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of its IPv6 address
 * (one subscriber usually holds a whole /64, so counting single addresses would give it billions
 * of fresh starts).
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6 || address.includes(".")) return address;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

/**
 * The client's address: the connection's peer; when that peer is a proxy the operator trusts
 * (`EASEL_TRUSTED_PROXY`), the rightmost `X-Forwarded-For` entry that is not itself a trusted
 * proxy (entries to its left were written by whoever connected to the proxy, so they prove
 * nothing). Without the peer header (Easel not started by `npm start`), every request is
 * `UNKNOWN_CLIENT`.
 */
export function clientAddress(
  { peer, forwardedFor }: ClientHeaders,
  trustedProxies: readonly string[],
): string {
  const peerAddress = normalizedAddress(peer);
  if (!peerAddress) return UNKNOWN_CLIENT;
  const trusted = new Set(trustedProxies.map(normalizedAddress));
  if (!trusted.has(peerAddress)) return peerAddress;
  const forwarded = (forwardedFor ?? "").split(",").map(normalizedAddress).reverse();
  for (const address of forwarded) {
    // A malformed entry is not an address anyone vouches for: count the request as the proxy's.
    if (!address) return peerAddress;
    if (!trusted.has(address)) return address;
  }
  return forwarded.at(-1) ?? peerAddress;
}
