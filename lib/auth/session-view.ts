// What the page shell shows about the signed-in user. A database outage must not break the shell,
// so failures read as "not signed in" here (pages themselves still fail loudly).
import "server-only";
import { getActor } from "./current";
import { readSessionRow } from "./sessions";

export interface SessionView {
  displayName: string;
  role: string;
  idleExpiresAt: string;
}

export async function getSessionView(): Promise<SessionView | null> {
  try {
    const actor = await getActor();
    if (actor.kind !== "user" || !actor.sessionId) return null;
    const s = await readSessionRow(actor.sessionId);
    return s ? { displayName: actor.displayName, role: actor.role, idleExpiresAt: s.idleExpiresAt.toISOString() } : null;
  } catch (err) {
    console.error("[auth] session view unavailable:", err instanceof Error ? err.message.split("\n")[0] : err);
    return null;
  }
}
