import { beforeAll, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, hashRecoveryCode } from "./crypto";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-test-auth-secret-of-at-least-32-characters";
});

describe("MFA secret encryption", () => {
  it("round-trips, never stores the secret in clear, and differs every time", () => {
    const a = encryptSecret("JBSWY3DPEHPK3PXP", "user-1");
    const b = encryptSecret("JBSWY3DPEHPK3PXP", "user-1");
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(decryptSecret(a, "user-1")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("does not decrypt for another user or when tampered with", () => {
    const a = encryptSecret("JBSWY3DPEHPK3PXP", "user-1");
    expect(() => decryptSecret(a, "user-2")).toThrow();
    const flipped = a.slice(0, -2) + (a.endsWith("A") ? "BB" : "AA");
    expect(() => decryptSecret(flipped, "user-1")).toThrow();
  });

  it("hashes recovery codes however they are typed", () => {
    expect(hashRecoveryCode("abcde-fghij")).toBe(hashRecoveryCode("ABCDE FGHIJ"));
    expect(hashRecoveryCode("ABCDE-FGHIJ")).not.toBe(hashRecoveryCode("ABCDE-FGHIK"));
  });
});
