import { describe, expect, it } from "vitest";
import { authCookies, servedOverHttps, sessionTokenOf } from "./cookies";

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

  it("reads the session token as next-auth does: whole, or its chunks in order", () => {
    const c = (name: string, value: string) => ({ name, value });
    expect(sessionTokenOf([], false)).toBeUndefined();
    expect(sessionTokenOf([c("authjs.csrf-token", "x"), c("theme", "dark")], false)).toBeUndefined();
    expect(sessionTokenOf([c("authjs.session-token", "abc")], false)).toBe("abc");
    expect(sessionTokenOf([c("authjs.session-token.1", "def"), c("authjs.session-token.10", "k"), c("authjs.session-token.0", "abc"), c("authjs.session-token.2", "ghi")], false)).toBe("abcdefghik");
    expect(sessionTokenOf([c("authjs.session-tokenX", "no"), c("authjs.session-token.x", "no")], false)).toBeUndefined();
    // Over HTTPS only the __Host- name counts.
    expect(sessionTokenOf([c("authjs.session-token", "abc")], true)).toBeUndefined();
    expect(sessionTokenOf([c("__Host-authjs.session-token", "abc")], true)).toBe("abc");
  });
});
