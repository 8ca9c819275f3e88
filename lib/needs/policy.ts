// Who may read the needs pages (ADR 0028): 本庁 (管理者・担当) every region of its prefecture; a
// 保健所 the regions in its read scope (lead or jurisdiction, ADR 0019, canReadRegion); everyone
// else nothing — answered 404 as if the pages did not exist (audited); anonymous callers 401.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseNotFound } from "@/lib/audit/refusals";
import { todayInJapan } from "@/lib/dates/date-only";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { canReadRegion, scopeOfActor, type ActorScope } from "@/lib/health-centers/scope";
import { needsMessages as m } from "./messages";

const HQ_ROLES = new Set(["PREFECTURE_ADMIN", "PREFECTURE_STAFF"]);

/** Roles that open the needs pages at all (a 保健所 account needs its centre). */
export function mayOpenNeeds(actor: Actor): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  if (actor.role === "HEALTH_CENTER") return actor.healthCenterId !== null;
  return HQ_ROLES.has(actor.role);
}

export interface NeedsScope {
  prefectureId: number;
  today: string;
  scope: ActorScope;
}

/** The actor's prefecture and regional scope, or the refusal (401 anonymous, 404 other roles). */
export async function needsScopeOf(actor: Actor, action: string, entityId: string | null = null): Promise<NeedsScope> {
  const target = { action, entityType: "home_care_region", entityId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!mayOpenNeeds(actor)) await refuseNotFound(actor, target, m.notFound);
  const today = todayInJapan();
  const prefectureId = actor.kind === "user" ? actor.prefectureId : (await requirePortalPrefecture()).id;
  return { prefectureId, today, scope: await scopeOfActor(actor, today) };
}

/** Region ids the scope reads, or null for all of the prefecture. */
export function readableRegionIds(scope: ActorScope): number[] | null {
  if (scope.kind === "prefecture") return null;
  return scope.kind === "health_center" ? scope.readRegionIds : [];
}

/** A region outside the scope (or none): 404, audited. */
export async function assertRegionReadable(actor: Actor, s: NeedsScope, region: { id: number } | null, code: string): Promise<{ id: number }> {
  if (region && canReadRegion(s.scope, region.id)) return region;
  return refuseNotFound(actor, { action: "needs.region", entityType: "home_care_region", entityId: code }, m.notFound);
}
