import { describe, expect, it } from "vitest";
import { isCacheable, isPageRequest, requestIdCookie, requestIdFromCookies } from "./request-reference";

describe("isPageRequest", () => {
  it("takes page loads, navigations and server actions", () => {
    expect(isPageRequest({ method: "GET", url: "/admin?x=1", headers: { accept: "text/html,application/xhtml+xml" } })).toBe(true);
    expect(isPageRequest({ method: "GET", url: "/admin", headers: { rsc: "1" } })).toBe(true);
    expect(isPageRequest({ method: "POST", url: "/admin/budgets", headers: { "next-action": "abc" } })).toBe(true);
  });

  it("leaves prefetches, static files, API calls and plain posts alone", () => {
    expect(isPageRequest({ method: "GET", url: "/admin", headers: { rsc: "1", "next-router-prefetch": "1" } })).toBe(false);
    expect(isPageRequest({ method: "GET", url: "/_next/static/chunks/a.js", headers: { accept: "*/*" } })).toBe(false);
    expect(isPageRequest({ method: "GET", url: "/api/v1/designations", headers: { accept: "text/html" } })).toBe(false);
    expect(isPageRequest({ method: "POST", url: "/login", headers: {} })).toBe(false);
  });
});

describe("isCacheable", () => {
  it("tells prerendered responses from dynamic ones", () => {
    expect(isCacheable("s-maxage=31536000")).toBe(true);
    expect(isCacheable("public, max-age=300")).toBe(true);
    expect(isCacheable("private, no-cache, no-store, max-age=0, must-revalidate")).toBe(false);
    expect(isCacheable(undefined)).toBe(false);
  });
});

describe("the request id cookie", () => {
  it("is written and read back; anything not shaped like an id is ignored", () => {
    expect(requestIdCookie("0123456789abcdef", true)).toBe("__Host-portal-request-id=0123456789abcdef; Path=/; Max-Age=600; SameSite=Lax; Secure");
    expect(requestIdCookie("0123456789abcdef", false)).toBe("portal-request-id=0123456789abcdef; Path=/; Max-Age=600; SameSite=Lax");
    expect(requestIdFromCookies("__Host-portal-request-id=fedcba9876543210")).toBe("fedcba9876543210");
    expect(requestIdFromCookies("a=b; portal-request-id=0123456789abcdef; c=d")).toBe("0123456789abcdef");
    expect(requestIdFromCookies("portal-request-id=<script>")).toBeUndefined();
    expect(requestIdFromCookies("")).toBeUndefined();
  });
});
