// Who may see and change the good-practice library: anyone reads it (public pages and API);
// 本庁 (管理者 and 担当) of the portal's prefecture add and edit cases. Refusals are audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { goodPracticeMessages } from "./messages";

export function canEditGoodPractices(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "public") return false;
  return (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF") && actor.prefectureId === prefectureId;
}

/** Whether pages offer the actor 追加 / 編集 (the same rule the mutations enforce). */
export async function mayEditGoodPractices(actor: Actor): Promise<boolean> {
  if (actor.kind === "public") return false;
  return canEditGoodPractices(actor, (await requirePortalPrefecture()).id);
}

/** The prefecture whose library the actor edits, or the refusal (audited). */
export async function assertCanEditGoodPractices(actor: Actor, action: string, entityId: string | null = null): Promise<number> {
  const prefecture = await requirePortalPrefecture();
  if (canEditGoodPractices(actor, prefecture.id)) return prefecture.id;
  const target = { action, entityType: "good_practice", entityId, prefectureId: prefecture.id };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, goodPracticeMessages.forbiddenEdit);
}
