// Who may read the audit log: 本庁管理者 and 本庁担当, only their own prefecture's entries. The page
// is known to exist, but its content is not for anyone else: anonymous callers are asked to sign
// in (401) and every other role is answered as if there were nothing (404). Refusals are audited.
import "server-only";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseNotFound } from "@/lib/audit/refusals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditMessages as m } from "./messages";

export type AuditReader = UserActor & { role: "PREFECTURE_ADMIN" | "PREFECTURE_STAFF" };

const READER_ROLES: readonly string[] = ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"];

export function canReadAudit(actor: Actor): actor is AuditReader {
  return actor.kind === "user" && READER_ROLES.includes(actor.role);
}

/** The reader, or the refusal: 401 anonymous, 404 everyone else. */
export async function assertAuditReader(actor: Actor, action: string): Promise<AuditReader> {
  if (canReadAudit(actor)) return actor;
  const target = { action, entityType: "audit_entry" };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseNotFound(actor, target, m.notFound);
}

/** Entries a reader may see: those of the reader's prefecture (never another's, never global ones). */
export function visibleAuditEntries(reader: AuditReader): Prisma.AuditEntryWhereInput {
  return { prefectureId: reader.prefectureId };
}
