// Who may read and change 在宅医療圏 definitions.
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { regionEditorMessages } from "./editor-messages";
import { regionMessages } from "./messages";

/** Defining regions (create, split, merge, members) is for 本庁管理者 of that prefecture. */
export function canDefineRegions(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "public") return false;
  return actor.role === "PREFECTURE_ADMIN" && actor.prefectureId === prefectureId;
}

/** The editor and its preview (read-only) are open to 本庁担当 as well; saving is not. */
export function canUseRegionEditor(actor: Actor, prefectureId: number): boolean {
  if (canDefineRegions(actor, prefectureId)) return true;
  return actor.kind === "user" && actor.role === "PREFECTURE_STAFF" && actor.prefectureId === prefectureId;
}

export async function assertCanDefineRegions(actor: Actor, prefectureId: number, regionCode: string, action = "home_care_region.split") {
  if (canDefineRegions(actor, prefectureId)) return;
  const target = { action, entityType: "home_care_region", entityId: regionCode, prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  await refuseForbidden(actor, target, regionMessages.forbiddenDefine);
}

export async function assertCanUseRegionEditor(actor: Actor, prefectureId: number, regionCode: string | null) {
  if (canUseRegionEditor(actor, prefectureId)) return;
  const target = { action: "home_care_region.editor", entityType: "home_care_region", entityId: regionCode, prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  await refuseForbidden(actor, target, regionEditorMessages.forbiddenRead);
}
