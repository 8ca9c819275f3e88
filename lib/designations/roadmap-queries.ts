// Reads for the roadmap: targets, regions with their planned 年度, and designations in force
// (public: counts use designated institutions only), plus the internal candidates per region.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDate, todayInJapan } from "@/lib/dates/date-only";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { designationReadScope, seesInternal } from "./policy";
import { computeRoadmap, type RoadmapView } from "./roadmap";

const day = (d: Date | null) => (d ? isoDate(d) : null);

async function prefectureOf(actor: Actor): Promise<number> {
  return actor.kind === "user" ? actor.prefectureId : (await requirePortalPrefecture()).id;
}

/** The roadmap as anyone may read it (only designations in force count). */
export async function getRoadmap(actor: Actor, options: { today?: string } = {}): Promise<RoadmapView> {
  const prefectureId = await prefectureOf(actor);
  const today = options.today ?? todayInJapan();
  const [targets, regions, rows] = await Promise.all([
    db().roadmapTarget.findMany({ where: { prefectureId }, orderBy: { fiscalYear: "asc" } }),
    db().homeCareRegion.findMany({
      where: { prefectureId },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, validFrom: true, validTo: true, plan: { select: { plannedFiscalYear: true, version: true } } },
    }),
    db().designationRegion.findMany({
      where: { active: true, designation: { prefectureId } },
      select: {
        regionId: true,
        type: true,
        validFrom: true,
        validTo: true,
        designation: { select: { id: true, designatedOn: true, periodEndsOn: true, isSample: true, organisation: { select: { name: true } } } },
      },
    }),
  ]);
  return computeRoadmap({
    today,
    targets: targets.map((t) => ({ fiscalYear: t.fiscalYear, minRegions: t.minRegions, maxRegions: t.maxRegions, remaining: t.remaining, note: t.note, version: t.version })),
    regions: regions.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      validFrom: isoDate(r.validFrom),
      validTo: day(r.validTo),
      plannedFiscalYear: r.plan?.plannedFiscalYear ?? null,
      planVersion: r.plan?.version ?? null,
    })),
    rows: rows.map((r) => ({
      regionId: r.regionId,
      type: r.type,
      validFrom: isoDate(r.validFrom),
      validTo: day(r.validTo),
      designation: {
        id: r.designation.id,
        organisation: r.designation.organisation.name,
        designatedOn: day(r.designation.designatedOn),
        periodEndsOn: day(r.designation.periodEndsOn),
        isSample: r.designation.isSample,
      },
    })),
  });
}

export interface RegionCandidate {
  id: number;
  type: "BASE" | "ACTIVE_ROLE";
  status: "CANDIDATE" | "COORDINATING";
  organisation: string;
}

/** Candidates (候補・調整中) per region code, for those who see the internal side; empty otherwise. */
export async function listRegionCandidates(actor: Actor): Promise<Record<string, RegionCandidate[]>> {
  if (!seesInternal(actor)) return {};
  const prefectureId = await prefectureOf(actor);
  const today = todayInJapan();
  const rows = await db().designation.findMany({
    where: { AND: [designationReadScope(actor, prefectureId, today), { status: { in: ["CANDIDATE", "COORDINATING"] } }] },
    select: { id: true, type: true, status: true, organisation: { select: { name: true } }, regions: { where: { validTo: null }, select: { region: { select: { code: true } } } } },
    orderBy: { id: "asc" },
  });
  const out: Record<string, RegionCandidate[]> = {};
  for (const r of rows) {
    for (const { region } of r.regions) {
      (out[region.code] ??= []).push({ id: r.id, type: r.type, status: r.status as RegionCandidate["status"], organisation: r.organisation.name });
    }
  }
  return out;
}
