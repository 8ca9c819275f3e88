// Who may read and change 在宅医療圏 definitions.
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { regionMessages } from "./messages";

/** Defining regions (create, split, merge, members) is for 本庁管理者 of that prefecture. */
export function canDefineRegions(actor: Actor, prefectureId: number): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind === "public") return false;
  return actor.role === "PREFECTURE_ADMIN" && actor.prefectureId === prefectureId;
}

export function assertCanDefineRegions(actor: Actor, prefectureId: number) {
  if (!canDefineRegions(actor, prefectureId)) throw new ForbiddenError(regionMessages.forbiddenDefine);
}
