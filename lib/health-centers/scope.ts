// The 保健所 scope later features use (status reports, candidates, designations): on a given date a
// health centre LEADS some 在宅医療圏 (it is the secretariat of their 協議会) and has JURISDICTION
// over some municipalities. ADR 0019: the lead gives write scope (reports, candidates for the
// regions it leads); jurisdiction gives read scope (every region holding one of its municipalities).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db-client";
import { db as appDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validOn } from "@/lib/validity";

type Client = Db | Prisma.TransactionClient;

export interface HealthCenterScope {
  /** 在宅医療圏 the centre leads on the date. */
  regionIds: number[];
  /** Municipalities and wards under its jurisdiction on the date (a 政令指定都市 brings its wards). */
  municipalityIds: number[];
}

/** What a health centre leads and has jurisdiction over on `date` ("YYYY-MM-DD"). */
export async function healthCenterScope(client: Client, healthCenterId: number, date: string): Promise<HealthCenterScope> {
  const [leads, jurisdictions] = await Promise.all([
    client.homeCareRegionLead.findMany({
      where: { healthCenterId, ...validOn(date), region: validOn(date) },
      select: { regionId: true },
    }),
    client.healthCenterJurisdiction.findMany({
      where: { healthCenterId, ...validOn(date) },
      select: { municipalityId: true, municipality: { select: { wards: { select: { id: true } } } } },
    }),
  ]);
  const municipalityIds = new Set<number>();
  for (const j of jurisdictions) {
    municipalityIds.add(j.municipalityId);
    for (const ward of j.municipality.wards) municipalityIds.add(ward.id);
  }
  return {
    regionIds: [...new Set(leads.map((l) => l.regionId))].sort((a, b) => a - b),
    municipalityIds: [...municipalityIds].sort((a, b) => a - b),
  };
}

export type ActorScope =
  /** 本庁 (and the system): every region of the prefecture, read and write. */
  | { kind: "prefecture"; prefectureId: number | null }
  /** A 保健所 user: writes in the regions its centre leads, reads those and the regions of its jurisdiction. */
  | { kind: "health_center"; healthCenterId: number; writeRegionIds: number[]; readRegionIds: number[]; municipalityIds: number[] }
  /** Applicants, viewers, the public: no regional scope (their own organisation's records only). */
  | { kind: "none" };

/** The regional scope of an actor on `date`; a 保健所 user's follows its centre's lead and jurisdiction. */
export async function scopeOfActor(actor: Actor, date: string, client: Client = appDb()): Promise<ActorScope> {
  if (actor.kind === "system") return { kind: "prefecture", prefectureId: null };
  if (actor.kind === "public") return { kind: "none" };
  if (actor.role === "PREFECTURE_ADMIN" || actor.role === "PREFECTURE_STAFF") return { kind: "prefecture", prefectureId: actor.prefectureId };
  if (actor.role !== "HEALTH_CENTER" || actor.healthCenterId === null) return { kind: "none" };
  const scope = await healthCenterScope(client, actor.healthCenterId, date);
  const containing = scope.municipalityIds.length
    ? await client.homeCareRegionMember.findMany({
        where: { municipalityId: { in: scope.municipalityIds }, ...validOn(date), region: { prefectureId: actor.prefectureId, ...validOn(date) } },
        select: { regionId: true },
      })
    : [];
  const read = new Set([...scope.regionIds, ...containing.map((c) => c.regionId)]);
  return {
    kind: "health_center",
    healthCenterId: actor.healthCenterId,
    writeRegionIds: scope.regionIds,
    readRegionIds: [...read].sort((a, b) => a - b),
    municipalityIds: scope.municipalityIds,
  };
}

/** May the scope change records (reports, candidates) of this region? */
export function canWriteRegion(scope: ActorScope, regionId: number): boolean {
  if (scope.kind === "prefecture") return true;
  return scope.kind === "health_center" && scope.writeRegionIds.includes(regionId);
}

/** May the scope read records of this region? */
export function canReadRegion(scope: ActorScope, regionId: number): boolean {
  if (scope.kind === "prefecture") return true;
  return scope.kind === "health_center" && scope.readRegionIds.includes(regionId);
}
