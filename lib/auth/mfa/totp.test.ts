import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, groupSecret, hotp, matchTotp, otpauthUri, totp, totpStep } from "./totp";

// RFC 6238 appendix B, SHA-1: secret "12345678901234567890", 8 digits (we compare the last 6).
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));
const vectors: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
];

describe("TOTP", () => {
  it("matches RFC 6238's test vectors", () => {
    for (const [seconds, code] of vectors) {
      expect(hotp(Buffer.from("12345678901234567890"), totpStep(seconds * 1000), 8)).toBe(code);
      expect(totp(RFC_SECRET, seconds * 1000)).toBe(code.slice(2));
    }
  });

  it("round-trips base32 and tolerates spaces and lower case", () => {
    const bytes = Buffer.from("any secret bytes!");
    expect(base32Decode(groupSecret(base32Encode(bytes)).toLowerCase())).toEqual(bytes);
  });

  it("accepts the previous, current and next step, and nothing further", () => {
    const at = 1_800_000_000_000;
    const step = totpStep(at);
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at - 30_000), { at })).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at), { at })).toBe(step);
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at + 30_000), { at })).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at - 60_000), { at })).toBeNull();
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at + 60_000), { at })).toBeNull();
    expect(matchTotp(RFC_SECRET, "12345", { at })).toBeNull();
  });

  it("refuses a step already used, or an earlier one", () => {
    const at = 1_800_000_000_000;
    const code = totp(RFC_SECRET, at);
    expect(matchTotp(RFC_SECRET, code, { at, lastStep: totpStep(at) })).toBeNull();
    expect(matchTotp(RFC_SECRET, totp(RFC_SECRET, at - 30_000), { at, lastStep: totpStep(at) - 1 })).toBeNull();
  });

  it("builds an otpauth URI authenticator apps read", () => {
    const uri = otpauthUri("ABCD", "a@example.jp", "北海道在宅医療推進ポータル");
    expect(uri).toMatch(/^otpauth:\/\/totp\/.+\?secret=ABCD&issuer=.+&algorithm=SHA1&digits=6&period=30$/);
  });
});
