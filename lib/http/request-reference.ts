// お問い合わせ番号 on error pages (ADR 0031). The custom server answers every page load, page
// navigation (RSC) and server action whose response is not cacheable with a short-lived cookie
// holding that request's id; an error boundary — a client component that cannot read request
// headers — reads it. The cookie is written when the failing response's headers arrive, before its
// error is rendered, so the boundary shows the id of the request that failed. Prefetches, static
// files, API calls and cacheable (prerendered) pages leave it alone. Client-safe.

export const REQUEST_ID_COOKIE = "portal-request-id";
/** Under https the cookie is a `__Host-` cookie like every other one the portal sets (ADR 0015). */
const SECURE_PREFIX = "__Host-";
const ID_SHAPE = /^[A-Za-z0-9._:-]{8,128}$/;

interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A page load, a router navigation (not a prefetch) or a server action — what an error page follows. */
export function isPageRequest({ method, url, headers }: RequestLike): boolean {
  const path = (url ?? "").split("?")[0];
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return false;
  if (headers["next-router-prefetch"]) return false;
  if (method === "POST") return Boolean(headers["next-action"]);
  if (method !== "GET") return false;
  if (headers["rsc"] === "1") return true;
  const accept = String(headers["accept"] ?? "");
  return headers["sec-fetch-dest"] === "document" || accept.includes("text/html");
}

/** Responses a shared cache may keep (prerendered pages) must not carry a per-request cookie. */
export function isCacheable(cacheControl: string | undefined): boolean {
  const cc = (cacheControl ?? "").toLowerCase();
  return !/private|no-store|no-cache/.test(cc) && /s-maxage|public|immutable|max-age=[1-9]/.test(cc);
}

export function requestIdCookie(id: string, secure: boolean): string {
  return secure ? `${SECURE_PREFIX}${REQUEST_ID_COOKIE}=${id}; Path=/; Max-Age=600; SameSite=Lax; Secure` : `${REQUEST_ID_COOKIE}=${id}; Path=/; Max-Age=600; SameSite=Lax`;
}

/** The request id in `document.cookie`, if one is there and looks like an id. */
export function requestIdFromCookies(cookies: string): string | undefined {
  for (const part of cookies.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    const value = rest.join("=");
    if ((name === REQUEST_ID_COOKIE || name === SECURE_PREFIX + REQUEST_ID_COOKIE) && ID_SHAPE.test(value)) return value;
  }
  return undefined;
}
