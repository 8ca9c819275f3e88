// When each dataset last changed, read from what the public may see: never the timestamp of an
// internal edit (a candidate, a note, an unpublished 補正) that the dataset does not show.
import "server-only";
import { db } from "@/lib/db";
import { publishedWhere } from "@/lib/designations/policy";

export type Moment = Date | null | undefined;

export function latestOf(...moments: Moment[]): Date | null {
  return moments.reduce<Date | null>((acc, d) => (d && (!acc || d > acc) ? d : acc), null);
}

/** Regions and their members: the latest change to a 在宅医療圏, or the reference data's load. */
export async function regionsChangedAt(prefectureId: number): Promise<Date | null> {
  const [regions, prefecture] = await Promise.all([
    db().homeCareRegion.aggregate({ where: { prefectureId }, _max: { updatedAt: true } }),
    db().prefecture.findUnique({ where: { id: prefectureId }, select: { createdAt: true } }),
  ]);
  return latestOf(regions._max.updatedAt, prefecture?.createdAt);
}

/** Published designations: the latest 指定日 or 終了日 (their dates, not internal edits). */
export async function designationsChangedAt(prefectureId: number): Promise<Date | null> {
  const agg = await db().designation.aggregate({ where: { prefectureId, ...publishedWhere }, _max: { designatedOn: true, endedOn: true } });
  return latestOf(agg._max.designatedOn, agg._max.endedOn);
}

/** The roadmap: targets, planned 年度 per region, and the designations it counts. */
export async function roadmapChangedAt(prefectureId: number): Promise<Date | null> {
  const [targets, plans, designations] = await Promise.all([
    db().roadmapTarget.aggregate({ where: { prefectureId }, _max: { updatedAt: true } }),
    db().roadmapRegionPlan.aggregate({ where: { region: { prefectureId } }, _max: { updatedAt: true } }),
    designationsChangedAt(prefectureId),
  ]);
  return latestOf(targets._max.updatedAt, plans._max.updatedAt, designations);
}

/** A 年度's subsidy catalogue: the rule set or any of its menus' rules. */
export async function subsidyMenusChangedAt(prefectureId: number, fiscalYear: number): Promise<Date | null> {
  const set = await db().subsidyRuleSet.findUnique({
    where: { prefectureId_fiscalYear: { prefectureId, fiscalYear } },
    select: { updatedAt: true, rules: { orderBy: { updatedAt: "desc" }, take: 1, select: { updatedAt: true } } },
  });
  return latestOf(set?.updatedAt, set?.rules[0]?.updatedAt);
}
