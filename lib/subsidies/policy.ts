// Who may change the subsidy catalogue: 本庁 (管理者 and 担当) edit a 年度's figures; only 本庁管理者
// starts the next 年度. The catalogue itself is public.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { subsidyMessages } from "./messages";

export function canEditSubsidyRules(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "public") return false;
  return (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF") && actor.prefectureId === prefectureId;
}

export function canStartSubsidyYear(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "public") return false;
  return actor.role === "PREFECTURE_ADMIN" && actor.prefectureId === prefectureId;
}

async function refuse(actor: Actor, prefectureId: number, action: string, entityId: string | null, message: string): Promise<never> {
  const target = { action, entityType: "subsidy_rule_set", entityId, prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, message);
}

/** The prefecture whose catalogue the actor edits, or the refusal (audited). */
export async function assertCanEditSubsidyRules(actor: Actor, action: string, entityId: string | null = null): Promise<number> {
  const prefecture = await requirePortalPrefecture();
  if (canEditSubsidyRules(actor, prefecture.id)) return prefecture.id;
  return refuse(actor, prefecture.id, action, entityId, subsidyMessages.forbiddenEdit);
}

export async function assertCanStartSubsidyYear(actor: Actor, action: string, entityId: string | null = null): Promise<number> {
  const prefecture = await requirePortalPrefecture();
  if (canStartSubsidyYear(actor, prefecture.id)) return prefecture.id;
  return refuse(actor, prefecture.id, action, entityId, subsidyMessages.forbiddenStart);
}
