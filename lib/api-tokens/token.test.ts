import { describe, expect, it } from "vitest";
import { bearerToken, displayPrefix, generateToken, hashToken, looksLikeToken } from "./token";

describe("personal API tokens", () => {
  it("are zp_ and 256 random bits, different every time", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^zp_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeToken(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it("are stored as SHA-256 and shown by their first characters", () => {
    const t = generateToken();
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t.slice(3, 20));
    expect(displayPrefix(t)).toBe(t.slice(0, 11));
  });

  it("refuses what does not look like a token", () => {
    expect(looksLikeToken("zp_short")).toBe(false);
    expect(looksLikeToken(`xx_${"a".repeat(43)}`)).toBe(false);
    expect(looksLikeToken(`zp_${"a".repeat(42)}!`)).toBe(false);
  });

  it("reads the Bearer scheme only", () => {
    expect(bearerToken("Bearer zp_abc")).toBe("zp_abc");
    expect(bearerToken("bearer  zp_abc")).toBe("zp_abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
  });
});
