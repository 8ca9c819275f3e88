import { describe, expect, it } from "vitest";
import { authCookies, mayCarrySession, servedOverHttps } from "./cookies";

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

  it("tells a request that may carry a session (whole or chunked cookie) from one that cannot", () => {
    expect(mayCarrySession([], false)).toBe(false);
    expect(mayCarrySession(["authjs.csrf-token", "authjs.callback-url", "theme"], false)).toBe(false);
    expect(mayCarrySession(["authjs.session-token"], false)).toBe(true);
    expect(mayCarrySession(["authjs.session-token.0", "authjs.session-token.1"], false)).toBe(true);
    // Over HTTPS only the __Host- name counts.
    expect(mayCarrySession(["authjs.session-token"], true)).toBe(false);
    expect(mayCarrySession(["__Host-authjs.session-token"], true)).toBe(true);
    expect(mayCarrySession(["authjs.session-tokenX"], false)).toBe(false);
  });
});
