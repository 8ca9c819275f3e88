// The cookie that binds the second step of a sign-in to the browser that passed the first: the
// pending sign-in's secret token (lib/auth/mfa/pending.ts). HttpOnly, SameSite=Strict, short-lived;
// __Host- and Secure over HTTPS, like the session cookie (ADR 0015).
import "server-only";
import { cookies } from "next/headers";
import { servedOverHttps } from "./cookies";
import { PENDING_ENROL_MS } from "./mfa/policy";

const secure = servedOverHttps(process.env.PORTAL_BASE_URL);
const NAME = `${secure ? "__Host-" : ""}portal.pending-sign-in`;

export async function setPendingCookie(token: string): Promise<void> {
  (await cookies()).set(NAME, token, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: Math.floor(PENDING_ENROL_MS / 1000) });
}

export async function readPendingCookie(): Promise<string | null> {
  return (await cookies()).get(NAME)?.value ?? null;
}

export async function clearPendingCookie(): Promise<void> {
  (await cookies()).delete({ name: NAME, path: "/", secure });
}
