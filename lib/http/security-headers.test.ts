import { describe, expect, it } from "vitest";
import { applySecurityHeaders, contentSecurityPolicy, policyKindFor, securityHeaders, tileOriginOf } from "./security-headers";

const http = { baseUrl: "http://localhost:3000" };
const https = { baseUrl: "https://zaitaku.pref.example.lg.jp" };
const directives = (csp: string) => Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

describe("policyKindFor", () => {
  it("gives public cacheable pages the static policy, every other page the nonce policy, the rest the resource policy", () => {
    for (const p of ["/", "/regions", "/regions/0101", "/sources"]) expect(policyKindFor(p), p).toBe("static");
    for (const p of ["/login", "/account", "/admin/users", "/admin/users/x", "/invitations/abc", "/e2e-no-such-page", "/regions/0101/extra"]) expect(policyKindFor(p), p).toBe("nonce");
    for (const p of ["/api/v1/regions", "/api/health", "/_next/static/chunks/a.js", "/icon.svg", "/favicon.ico"]) expect(policyKindFor(p), p).toBe("resource");
  });
});

describe("contentSecurityPolicy", () => {
  it("always forbids plugins, <base> and framing", () => {
    for (const kind of ["nonce", "static"] as const) {
      const d = directives(contentSecurityPolicy(kind, { ...http, nonce: "abc" }));
      expect(d["object-src"]).toEqual(["'none'"]);
      expect(d["base-uri"]).toEqual(["'none'"]);
      expect(d["frame-ancestors"]).toEqual(["'none'"]);
      expect(d["form-action"]).toEqual(["'self'"]);
      expect(d["default-src"]).toEqual(["'self'"]);
      expect(d["script-src"]).not.toContain("'unsafe-eval'");
    }
    expect(directives(contentSecurityPolicy("resource", http))).toMatchObject({ "default-src": ["'none'"], "frame-ancestors": ["'none'"], "base-uri": ["'none'"] });
  });

  it("allows scripts by nonce with strict-dynamic on nonce pages, and inline scripts only on static pages", () => {
    expect(directives(contentSecurityPolicy("nonce", { ...http, nonce: "bm9uY2U=" }))["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(directives(contentSecurityPolicy("static", http))["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows the tile server's images, eval and WebSockets only in development, and upgrades requests over HTTPS", () => {
    const d = directives(contentSecurityPolicy("static", { ...http, tileOrigin: "https://cyberjapandata.gsi.go.jp" }));
    expect(d["img-src"]).toEqual(["'self'", "data:", "blob:", "https://cyberjapandata.gsi.go.jp"]);
    expect(d["upgrade-insecure-requests"]).toBeUndefined();
    expect(directives(contentSecurityPolicy("static", https))["upgrade-insecure-requests"]).toEqual([]);
    const dev = directives(contentSecurityPolicy("nonce", { ...http, dev: true, nonce: "x" }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["connect-src"]).toEqual(["'self'", "ws:", "wss:"]);
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, the referrer policy and no framing everywhere; HSTS only when the base URL is https", () => {
    for (const path of ["/", "/admin/users", "/api/v1/regions"]) {
      const h = securityHeaders(path, http).response;
      expect(h).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "x-frame-options": "DENY" });
      expect(h["strict-transport-security"]).toBeUndefined();
      expect(securityHeaders(path, https).response["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    }
  });

  it("uses a fresh nonce per request and hands the same policy to Next on nonce pages only", () => {
    const a = securityHeaders("/login", http);
    const b = securityHeaders("/login", http);
    expect(a.response["content-security-policy"]).not.toBe(b.response["content-security-policy"]);
    expect(a.request["content-security-policy"]).toBe(a.response["content-security-policy"]);
    expect(securityHeaders("/regions", http).request).toEqual({});
  });
});

describe("applySecurityHeaders", () => {
  it("drops a policy the client sent and sets the server's", () => {
    const req = { url: "/admin/users?x=1", headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'", "content-security-policy-report-only": "x" } as Record<string, string | undefined> };
    const set: Record<string, string> = {};
    applySecurityHeaders(req, { setHeader: (n, v) => (set[n] = v) }, http);
    expect(req.headers["content-security-policy"]).not.toContain("chosen-by-client");
    expect(req.headers["content-security-policy"]).toBe(set["content-security-policy"]);
    expect(req.headers["content-security-policy-report-only"]).toBeUndefined();

    const pub = { url: "/regions", headers: { "content-security-policy": "script-src 'nonce-chosen-by-client'" } as Record<string, string | undefined> };
    applySecurityHeaders(pub, { setHeader: () => undefined }, http);
    expect(pub.headers["content-security-policy"]).toBeUndefined();
  });
});

describe("tileOriginOf", () => {
  it("reduces a tile template to its origin, with placeholders in the host as wildcards", () => {
    expect(tileOriginOf("https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png")).toBe("https://cyberjapandata.gsi.go.jp");
    expect(tileOriginOf("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
    expect(tileOriginOf("/tiles/{z}/{x}/{y}.png")).toBeNull();
    expect(tileOriginOf("")).toBeNull();
  });
});
