// The actor of the current request, from the session cookie; once per request.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import { publicActor, type Actor, type UserActor } from "./actor";
import { auth } from "./config";

export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const sid = session?.sid;
  if (!sid) return publicActor;
  const row = await db().userSession.findUnique({
    where: { id: sid },
    select: { user: { select: { id: true, displayName: true, memberships: { orderBy: { id: "asc" }, take: 1 } } } },
  });
  const membership = row?.user.memberships[0];
  if (!row || !membership) return publicActor;
  return {
    kind: "user",
    userId: row.user.id,
    displayName: row.user.displayName,
    prefectureId: membership.prefectureId,
    role: membership.role,
    organisationId: membership.organisationId,
    healthCenterId: membership.healthCenterId,
    sessionId: sid,
  };
});

/** The signed-in user, or UnauthenticatedError. */
export async function requireUser(): Promise<UserActor> {
  const actor = await getActor();
  if (actor.kind !== "user") throw new UnauthenticatedError();
  return actor;
}
