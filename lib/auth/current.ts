// The actor of the current request, from the session cookie; once per request.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { UnauthenticatedError } from "@/lib/errors";
import { requestClientAddress } from "@/lib/http/request-address";
import { userActorOf, type Actor, type UserActor } from "./actor";
import { authCookies, servedOverHttps, sessionTokenOf } from "./cookies";
import { readSessionRow, validateSession } from "./sessions";

const secureCookies = servedOverHttps(process.env.PORTAL_BASE_URL);
const SESSION_COOKIE = authCookies(secureCookies).sessionToken.name;

/**
 * The session id the session cookie carries, decrypted as next-auth does (salt: the cookie's
 * name); undefined when it does not decrypt or has expired. This is what auth() reads, without
 * building a session response and re-encrypting the token for a cookie a page cannot set (ADR 0036).
 */
async function sessionIdOf(token: string): Promise<string | undefined> {
  try {
    const payload = await decode({ token, secret: process.env.AUTH_SECRET ?? "", salt: SESSION_COOKIE });
    return typeof payload?.sid === "string" ? payload.sid : undefined;
  } catch {
    return undefined; // tampered, from another secret, or expired: not signed in
  }
}

export const getActor = cache(async (): Promise<Actor> => {
  const [jar, clientAddress] = await Promise.all([cookies(), requestClientAddress()]);
  const anonymous: Actor = { kind: "public", clientAddress };
  const token = sessionTokenOf(jar.getAll(), secureCookies);
  if (!token) return anonymous; // most public page views: nothing to read
  const sid = await sessionIdOf(token);
  if (!sid) return anonymous;
  // The session row decides (ended, idle, disabled, MFA), recording activity. An unreachable
  // database fails the request (the error page with its request id) instead of signing out.
  if (!(await validateSession(sid))) return anonymous;
  // The row the check has just read (once per request, lib/auth/sessions.ts).
  const row = await readSessionRow(sid);
  if (!row?.membership) return anonymous;
  return userActorOf({ id: row.userId, displayName: row.displayName }, row.membership, { sessionId: sid, clientAddress });
});

/** The signed-in user, or UnauthenticatedError. */
export async function requireUser(): Promise<UserActor> {
  const actor = await getActor();
  if (actor.kind !== "user") throw new UnauthenticatedError();
  return actor;
}
