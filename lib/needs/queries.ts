// Reads of the needs pages (ADR 0028): the overview (every region the actor may read, with its
// latest approved report's gaps and its organisations' applications) and one region in detail.
// Three or four statements per page whatever the number of regions; DTOs only.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly } from "@/lib/dates/date-only";
import type { FunctionKey } from "@/lib/status-reports/form-v1";
import { validOn } from "@/lib/validity";
import { applicationAggregates, latestApprovedReports } from "./figures";
import { assertRegionReadable, needsScopeOf, readableRegionIds } from "./policy";
import { emptyMoney, functionNeeds, gapsOf, sumMoney, totalsBy, totalsByRegion, type FunctionNeed, type Money } from "./shape";

export interface NeedsOverviewRow {
  code: string;
  name: string;
  report: { id: number; fiscalYear: number; states: Record<FunctionKey, string>; gaps: FunctionKey[] } | null;
  money: Money;
}

export interface NeedsOverview {
  rows: NeedsOverviewRow[];
  total: Money;
}

/** Every region the actor reads (today's regions, in order), with its gaps and applications. */
export async function listRegionNeeds(actor: Actor): Promise<NeedsOverview> {
  const s = await needsScopeOf(actor, "needs.list");
  const ids = readableRegionIds(s.scope);
  const [regions, reports, aggregates] = await Promise.all([
    db().homeCareRegion.findMany({
      where: { prefectureId: s.prefectureId, ...validOn(dateOnly(s.today)), ...(ids === null ? {} : { id: { in: ids } }) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true },
    }),
    latestApprovedReports(s.prefectureId, ids),
    applicationAggregates(s.prefectureId, s.today, ids),
  ]);
  const reportOf = new Map(reports.map((r) => [r.regionId, r]));
  const moneyOf = totalsByRegion(aggregates);
  const rows = regions.map((g): NeedsOverviewRow => {
    const r = reportOf.get(g.id);
    const states = r ? (Object.fromEntries(Object.entries(r.functions).map(([k, v]) => [k, v.state])) as Record<FunctionKey, string>) : null;
    return {
      code: g.code,
      name: g.name,
      report: r && states ? { id: r.reportId, fiscalYear: r.fiscalYear, states, gaps: gapsOf(states as Parameters<typeof gapsOf>[0]) } : null,
      money: moneyOf.get(g.id) ?? emptyMoney(),
    };
  });
  return { rows, total: sumMoney(rows.map((r) => r.money)) };
}

export interface RegionNeeds {
  code: string;
  name: string;
  report: { id: number; fiscalYear: number } | null;
  functions: FunctionNeed[];
  byStatus: { key: string; money: Money }[];
  byMenu: { key: string; name: string; money: Money }[];
  total: Money;
}

const STATUS_ORDER = ["SUBMITTED", "RESUBMITTED", "RETURNED", "DECIDED", "CHANGE_REQUESTED", "REPORTED", "CONFIRMED", "WITHDRAWN", "REJECTED"];

/** One region's needs; 404 (audited) for a region the actor may not read, or none. */
export async function getRegionNeeds(actor: Actor, regionCode: string): Promise<RegionNeeds> {
  const s = await needsScopeOf(actor, "needs.region", regionCode);
  const found = await db().homeCareRegion.findUnique({ where: { prefectureId_code: { prefectureId: s.prefectureId, code: regionCode } }, select: { id: true, code: true, name: true } });
  await assertRegionReadable(actor, s, found, regionCode);
  const region = found!;
  const [reports, aggregates, menus] = await Promise.all([
    latestApprovedReports(s.prefectureId, [region.id]),
    applicationAggregates(s.prefectureId, s.today, [region.id]),
    db().subsidyMenu.findMany({ where: { prefectureId: s.prefectureId }, orderBy: [{ programme: { sortOrder: "asc" } }, { sortOrder: "asc" }, { id: "asc" }], select: { code: true, name: true } }),
  ]);
  const report = reports[0] ?? null;
  const menuName = new Map(menus.map((mn) => [mn.code, mn.name]));
  return {
    code: region.code,
    name: region.name,
    report: report ? { id: report.reportId, fiscalYear: report.fiscalYear } : null,
    functions: functionNeeds(report?.functions ?? null, menus, aggregates),
    byStatus: totalsBy(aggregates, "status", STATUS_ORDER),
    byMenu: totalsBy(aggregates, "menuCode", menus.map((mn) => mn.code)).map((t) => ({ ...t, name: menuName.get(t.key) ?? t.key })),
    total: sumMoney(aggregates.map((a) => ({ count: a.count, appliedYen: a.requestedYen, decidedYen: a.decidedYen, confirmedYen: a.confirmedYen }))),
  };
}
