// The actor of the current request, from the session cookie; once per request.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { UnauthenticatedError } from "@/lib/errors";
import { requestClientAddress } from "@/lib/http/request-address";
import { userActorOf, type Actor, type UserActor } from "./actor";
import { auth } from "./config";
import { mayCarrySession, servedOverHttps } from "./cookies";
import { readSessionRow, validateSession } from "./sessions";

const secureCookies = servedOverHttps(process.env.PORTAL_BASE_URL);

export const getActor = cache(async (): Promise<Actor> => {
  const [jar, clientAddress] = await Promise.all([cookies(), requestClientAddress()]);
  const anonymous: Actor = { kind: "public", clientAddress };
  // No session cookie: nothing for next-auth to read (most public page views).
  if (!mayCarrySession(jar.getAll().map((c) => c.name), secureCookies)) return anonymous;
  const session = await auth();
  const sid = session?.sid;
  if (!sid) return anonymous;
  // The cookie's check could not reach the database: check again here, so a revoked or expired
  // session is never taken on trust, and an outage fails the request instead of signing out.
  if (session.unverified && !(await validateSession(sid, { touch: false }))) return anonymous;
  // The row the session check has just read (once per request, lib/auth/sessions.ts).
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
