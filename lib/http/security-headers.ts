// Security headers of every response, set by the portal's server (lib/ops/http-server.ts) before
// Next handles the request. The Content-Security-Policy depends on the kind of response (ADR 0015):
//  - "nonce": signed-in and credential pages (everything that is not a cacheable public page),
//    rendered per request anyway. A fresh nonce per request with 'strict-dynamic'; Next reads the
//    nonce from the request's Content-Security-Policy header and puts it on its own scripts.
//  - "static": public pages that must stay cacheable (a nonce would force per-request rendering).
//    Next streams its RSC payload as inline <script> whose content changes with the data, so it
//    can be allowed neither by nonce nor by hash here: 'unsafe-inline' for scripts, everything
//    else as strict as on the other pages.
//  - "resource": API answers, files and assets — nothing in them may run or be framed.
import { randomBytes } from "node:crypto";
import { usesStaticPolicy } from "./page-kinds";

export type PolicyKind = "nonce" | "static" | "resource";

export interface SecurityOptions {
  /** PORTAL_BASE_URL: HSTS and upgrade-insecure-requests only when it is https. */
  baseUrl: string;
  /** Next's dev server needs eval (React's debugging) and a WebSocket for hot reload. */
  dev?: boolean;
  /** Origin of base-map tiles (PORTAL_MAP_TILE_URL), allowed as images. */
  tileOrigin?: string | null;
}

export function policyKindFor(pathname: string): PolicyKind {
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/") || /\.[A-Za-z0-9]+$/.test(pathname)) return "resource";
  return usesStaticPolicy(pathname) ? "static" : "nonce";
}

export function contentSecurityPolicy(kind: PolicyKind, options: SecurityOptions & { nonce?: string }): string {
  if (kind === "resource") return "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  const https = new URL(options.baseUrl).protocol === "https:";
  const dev = options.dev ? " 'unsafe-eval'" : "";
  const script = kind === "nonce" ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'${dev}` : `'self' 'unsafe-inline'${dev}`;
  const directives = [
    "default-src 'self'",
    `script-src ${script}`,
    // React and Leaflet set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${options.tileOrigin ? ` ${options.tileOrigin}` : ""}`,
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export interface SecurityHeaders {
  /** Set on the response. */
  response: Record<string, string>;
  /** Set on the request before Next sees it (the nonce Next puts on its scripts). */
  request: Record<string, string>;
}

/** The headers of the kinds without a nonce are the same for every request: built once per options. */
const fixedHeaders = new WeakMap<SecurityOptions, Partial<Record<PolicyKind, SecurityHeaders>>>();

export function securityHeaders(pathname: string, options: SecurityOptions): SecurityHeaders {
  const kind = policyKindFor(pathname);
  if (kind !== "nonce") {
    const memo = fixedHeaders.get(options) ?? {};
    fixedHeaders.set(options, memo);
    return (memo[kind] ??= buildSecurityHeaders(kind, options));
  }
  return buildSecurityHeaders(kind, options);
}

function buildSecurityHeaders(kind: PolicyKind, options: SecurityOptions): SecurityHeaders {
  const nonce = kind === "nonce" ? randomBytes(16).toString("base64") : undefined;
  const csp = contentSecurityPolicy(kind, { ...options, nonce });
  const response: Record<string, string> = {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
  };
  if (new URL(options.baseUrl).protocol === "https:") response["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return { response, request: kind === "nonce" ? { "content-security-policy": csp } : {} };
}

/**
 * The origin of a tile URL template, as a CSP source: "https://cyberjapandata.gsi.go.jp/xyz/…" →
 * "https://cyberjapandata.gsi.go.jp"; a placeholder in the host ("{s}.tile.example") becomes "*".
 */
export function tileOriginOf(template: string | undefined | null): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template ?? "");
  if (!match) return null;
  const host = match[2].toLowerCase().replace(/\{[^}]*\}/g, "*");
  return /^[a-z0-9*.:[\]-]+$/.test(host) ? `${match[1].toLowerCase()}://${host}` : null;
}

interface RequestLike {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}
interface ResponseLike {
  setHeader(name: string, value: string): unknown;
}

/**
 * For the portal's server: removes any policy header the client sent (only the server chooses the
 * nonce), puts the nonce policy on the request for Next, and the headers on the response.
 */
export function applySecurityHeaders(req: RequestLike, res: ResponseLike, options: SecurityOptions): void {
  delete req.headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  let pathname = "/";
  try {
    pathname = new URL(req.url ?? "/", "http://portal.invalid").pathname;
  } catch {
    /* a malformed target: Next answers it; the strictest page policy applies meanwhile */
  }
  const headers = securityHeaders(pathname, options);
  for (const [name, value] of Object.entries(headers.request)) req.headers[name] = value;
  for (const [name, value] of Object.entries(headers.response)) res.setHeader(name, value);
}
