// Who may import the official facility list: 本庁 (管理者 and 担当) of the portal's prefecture.
// Facility counts and lists themselves are public.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { importMessages } from "./messages";

export function canImportFacilities(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "public") return false;
  return (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF") && actor.prefectureId === prefectureId;
}

/** The prefecture the actor imports into, or the refusal (audited). */
export async function assertCanImportFacilities(actor: Actor, action: string, entityId: string | null = null): Promise<number> {
  const prefecture = await requirePortalPrefecture();
  if (canImportFacilities(actor, prefecture.id)) return prefecture.id;
  const target = { action, entityType: "facility_import", entityId, prefectureId: prefecture.id };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  return refuseForbidden(actor, target, importMessages.forbidden);
}
