// Who may read the dashboard (ADR 0028): 本庁 (管理者・担当) and the system. Others are refused with
// 403 (they know the page exists; it is in no menu of theirs), anonymous callers with 401; both
// audited. Everything it reads is scoped to the actor's prefecture.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { dashboardMessages as m } from "./messages";

export function canReadDashboard(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "user" && (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF"));
}

/** The prefecture whose figures the actor reads, or the refusal. */
export async function dashboardPrefectureOf(actor: Actor, action: string): Promise<number> {
  const target = { action, entityType: "dashboard" };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!canReadDashboard(actor)) await refuseForbidden(actor, target, m.forbidden);
  return actor.kind === "user" ? actor.prefectureId : (await requirePortalPrefecture()).id;
}
