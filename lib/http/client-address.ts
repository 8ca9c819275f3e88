// The client's address: the one answer sign-in audit, throttling and audit rows all use.
//
// The custom server (lib/ops/http-server.ts) stamps the TCP peer address into PEER_HEADER after
// deleting any copy the client sent. That peer is the client, unless it is one of the proxies
// listed in PORTAL_TRUSTED_PROXIES: then X-Forwarded-For is read from the right (each proxy
// appends the address it saw), trusted hops are skipped, and the first untrusted address is the
// client. Anything left of it was written by the client and is never believed.
import { BlockList, isIP } from "node:net";
import { PEER_HEADER } from "../ops/peer-address";

export interface HeaderReader {
  get(name: string): string | null;
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; lower-case IPv6; null for anything that is not an address. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? "").trim();
  if (!value) return null;
  // "[2001:db8::1]:443" and "192.0.2.1:8080" (some proxies append the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase(); // zone index ("fe80::1%eth0")
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value : null;
}

/** A set of addresses and networks ("10.0.0.0/8", "::1", "fd00::/8"). */
export interface TrustedProxies {
  has(address: string): boolean;
  readonly entries: readonly string[];
}

/**
 * Parses a comma-separated list of IPs and CIDRs. Throws with a Japanese message naming the entry
 * that is neither (the start script reports it and refuses to start).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [addressPart, prefixPart, ...rest] = entry.split("/");
    const address = normaliseAddress(addressPart);
    const family = address ? (isIP(address) === 6 ? "ipv6" : "ipv4") : null;
    const max = family === "ipv6" ? 128 : 32;
    const prefix = prefixPart === undefined ? max : /^\d{1,3}$/.test(prefixPart) ? Number(prefixPart) : NaN;
    if (!address || !family || rest.length || !(prefix >= 0 && prefix <= max)) {
      throw new Error(`PORTAL_TRUSTED_PROXIES の「${entry}」はIPアドレスでもCIDR（例: 10.0.0.0/8）でもありません`);
    }
    if (prefix === max) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return {
    entries,
    has: (addr) => {
      const a = normaliseAddress(addr);
      return a ? list.check(a, isIP(a) === 6 ? "ipv6" : "ipv4") : false;
    },
  };
}

let cached: { source: string | undefined; proxies: TrustedProxies } | undefined;

/** PORTAL_TRUSTED_PROXIES, parsed once (and again if the variable changes, as tests do). */
export function trustedProxies(): TrustedProxies {
  const source = process.env.PORTAL_TRUSTED_PROXIES;
  if (!cached || cached.source !== source) cached = { source, proxies: parseTrustedProxies(source) };
  return cached.proxies;
}

/**
 * The client address of a request, from the headers the custom server passed on. Null when the
 * request did not come through that server (no peer address is known).
 */
export function clientAddress(headers: HeaderReader, proxies: TrustedProxies = trustedProxies()): string | null {
  let address = normaliseAddress(headers.get(PEER_HEADER));
  if (!address || !proxies.has(address)) return address;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").reverse();
  for (const hop of hops) {
    const candidate = normaliseAddress(hop);
    // A hop that is not an address was not written by a proxy we trust: stop at the last one we can vouch for.
    if (!candidate) return address;
    address = candidate;
    if (!proxies.has(candidate)) return candidate;
  }
  return address;
}
