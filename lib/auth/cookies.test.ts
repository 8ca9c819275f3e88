import { describe, expect, it } from "vitest";
import { authCookies, servedOverHttps } from "./cookies";

describe("authCookies", () => {
  it("over HTTPS: __Host- names, Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain", () => {
    for (const cookie of Object.values(authCookies(true))) {
      expect(cookie.name).toMatch(/^__Host-authjs\./);
      expect(cookie.options).toEqual({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    }
    expect(authCookies(true).sessionToken.name).toBe("__Host-authjs.session-token");
  });

  it("over plain HTTP (the demo): no prefix, not Secure, still HttpOnly and SameSite=Lax", () => {
    const { sessionToken } = authCookies(false);
    expect(sessionToken).toEqual({ name: "authjs.session-token", options: { httpOnly: true, secure: false, sameSite: "lax", path: "/" } });
  });

  it("reads HTTPS from the base URL only", () => {
    expect(servedOverHttps("https://zaitaku.pref.example.lg.jp")).toBe(true);
    expect(servedOverHttps("HTTPS://x.example")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});
