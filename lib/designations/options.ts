// Choices for the designation forms: organisations of the registry, and the regions the actor may
// propose for (本庁: every current region; a 保健所: those it leads today).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { validOn } from "@/lib/validity";
import { isHealthCenterUser, isPrefectureStaff, regionsLedBy } from "./policy";

export interface ProposalOptions {
  organisations: { id: number; name: string }[];
  regions: { code: string; name: string }[];
}

export async function listProposalOptions(actor: Actor): Promise<ProposalOptions> {
  if (actor.kind !== "user" || !(isPrefectureStaff(actor) || isHealthCenterUser(actor))) return { organisations: [], regions: [] };
  const today = todayInJapan();
  const [organisations, regions] = await Promise.all([
    db().organisation.findMany({ where: { prefectureId: actor.prefectureId, type: { notIn: ["PREFECTURAL_OFFICE", "SUPPORT_CENTER", "RESIDENT_GROUP"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().homeCareRegion.findMany({
      where: { prefectureId: actor.prefectureId, ...validOn(dateOnly(today)), ...(isHealthCenterUser(actor) ? regionsLedBy(actor.healthCenterId, today) : {}) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, name: true },
    }),
  ]);
  return { organisations, regions };
}

/** Every current region (filters). */
export async function listRegionChoices(actor: Actor): Promise<{ code: string; name: string }[]> {
  if (actor.kind !== "user") return [];
  return db().homeCareRegion.findMany({
    where: { prefectureId: actor.prefectureId, ...validOn(dateOnly(todayInJapan())) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true },
  });
}
