// The actor of the current request, from the session cookie; once per request.
import "server-only";
import { cache } from "react";
import { UnauthenticatedError } from "@/lib/errors";
import { requestClientAddress } from "@/lib/http/request-address";
import { userActorOf, type Actor, type UserActor } from "./actor";
import { auth } from "./config";
import { readSessionRow, validateSession } from "./sessions";

export const getActor = cache(async (): Promise<Actor> => {
  const [session, clientAddress] = await Promise.all([auth(), requestClientAddress()]);
  const anonymous: Actor = { kind: "public", clientAddress };
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
