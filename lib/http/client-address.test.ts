import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/ops/peer-address";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address";

const request = (peer: string | null, xff?: string) => new Headers({ ...(peer !== null ? { [PEER_HEADER]: peer } : {}), ...(xff !== undefined ? { "x-forwarded-for": xff } : {}) });
const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.10, fd00::/8");

describe("normaliseAddress", () => {
  it("unwraps IPv4-mapped IPv6, brackets, ports and zones; refuses what is not an address", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress(" 198.51.100.7 ")).toBe("198.51.100.7");
    for (const bad of ["", "unknown", "evil.example", "999.1.1.1", "1.2.3.4, 5.6.7.8", null, undefined]) expect(normaliseAddress(bad)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and CIDRs of both families", () => {
    expect(proxies.has("10.1.2.3")).toBe(true);
    expect(proxies.has("::ffff:10.1.2.3")).toBe(true);
    expect(proxies.has("192.0.2.10")).toBe(true);
    expect(proxies.has("192.0.2.11")).toBe(false);
    expect(proxies.has("fd12::1")).toBe(true);
    expect(proxies.has("2001:db8::1")).toBe(false);
    expect(none.has("127.0.0.1")).toBe(false);
  });

  it("refuses an entry that is neither, naming it", () => {
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.1/8/1", "::1/129", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(`127.0.0.1, ${bad}`)).toThrow(`「${bad}」`);
    }
  });
});

describe("clientAddress", () => {
  it("is the peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("203.0.113.5", "198.51.100.1"), none)).toBe("203.0.113.5");
    expect(clientAddress(request("::ffff:127.0.0.1", "198.51.100.1"), none)).toBe("127.0.0.1");
  });

  it("is the peer when the peer is not a trusted proxy, even if trusted proxies are configured", () => {
    expect(clientAddress(request("203.0.113.5", "10.0.0.1, 198.51.100.1"), proxies)).toBe("203.0.113.5");
  });

  it("is the right-most untrusted X-Forwarded-For entry when the peer is a trusted proxy", () => {
    // The client wrote "1.1.1.1"; the first proxy appended the real client 198.51.100.1, the second proxy 10.0.0.5.
    expect(clientAddress(request("192.0.2.10", "1.1.1.1, 198.51.100.1, 10.0.0.5"), proxies)).toBe("198.51.100.1");
    expect(clientAddress(request("10.9.9.9", "2001:db8::7"), proxies)).toBe("2001:db8::7");
    // Repeated headers arrive joined with ", ".
    expect(clientAddress(request("10.9.9.9", "6.6.6.6, 203.0.113.9"), proxies)).toBe("203.0.113.9");
  });

  it("stops at the last trusted hop when an entry is not an address, or when every hop is trusted", () => {
    expect(clientAddress(request("10.0.0.1", "198.51.100.1, garbage"), proxies)).toBe("10.0.0.1");
    expect(clientAddress(request("10.0.0.1", "10.0.0.2, 10.0.0.3"), proxies)).toBe("10.0.0.2");
    expect(clientAddress(request("10.0.0.1"), proxies)).toBe("10.0.0.1");
  });

  it("is null without a peer address (a request that did not come through the portal's server)", () => {
    expect(clientAddress(request(null, "198.51.100.1"), proxies)).toBeNull();
    expect(clientAddress(request("", "198.51.100.1"), proxies)).toBeNull();
  });
});
