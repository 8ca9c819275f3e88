// The shape of a personal API token: "zp_" and 43 base64url characters (256 random bits). Only its
// SHA-256 is stored; the first characters are kept for display. Pure: used by the domain and tests.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "zp_";
const TOKEN_PATTERN = /^zp_[A-Za-z0-9_-]{43}$/;
/** "zp_" and this many characters are shown in lists. */
const DISPLAY_CHARS = 8;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** Whether `value` has the shape of a token (checked before any lookup). */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** SHA-256 (hex): a token has 256 random bits, so no salt or slow hash is needed. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What lists show of a token: "zp_AbCd1234…". */
export function displayPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + DISPLAY_CHARS);
}

/**
 * The token in an `Authorization` header: `Bearer <token>` (the scheme is case-insensitive, RFC
 * 9110), or null when the header holds anything else.
 */
export function bearerToken(authorization: string): string | null {
  const match = /^Bearer +([^\s]+) *$/i.exec(authorization);
  return match ? match[1] : null;
}
