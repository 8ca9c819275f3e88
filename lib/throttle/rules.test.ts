import { describe, expect, it } from "vitest";
import { addressBucket, emailFingerprint, mailLimits, signInLimits } from "./rules";

describe("addressBucket", () => {
  it("keeps IPv4 as it is and reduces IPv6 to its /64", () => {
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket(null)).toBe("unknown");
  });
});

describe("limit keys", () => {
  it("hold no e-mail address in clear and treat case and spaces alike", () => {
    const keys = signInLimits("Someone@Example.JP", "192.0.2.1").all.map((l) => l.key);
    expect(keys.join(" ")).not.toMatch(/someone|example/i);
    expect(emailFingerprint(" someone@example.jp ")).toBe(emailFingerprint("SOMEONE@example.jp"));
    expect(keys).toEqual([`sign-in:account+address:${emailFingerprint("someone@example.jp")}:192.0.2.1`, "sign-in:address:192.0.2.1"]);
  });

  it("share the per-recipient mail limit between kinds, and count each kind against its sender", () => {
    const invitation = mailLimits("invitation", "a@example.jp", { userId: "u1" }).map((l) => l.key);
    const reset = mailLimits("password-reset", "a@example.jp", { address: "2001:db8::1" }).map((l) => l.key);
    expect(invitation[0]).toBe(reset[0]);
    expect(invitation[1]).toBe("mail:invitation:sender:u1");
    expect(reset[1]).toBe("mail:password-reset:address:2001:db8:0:0::/64");
  });
});
