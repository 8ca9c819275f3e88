// The 本庁 dashboard (ADR 0028): where the prefecture stands — designations against the roadmap,
// budget execution per 予算事業 in the chosen 年度, 在支診・在支病 per facility snapshot, report
// states per 年度 and overdue items. A fixed handful of aggregate statements; DTOs only.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { todayInJapan } from "@/lib/dates/date-only";
import { currentFiscalYearOf } from "@/lib/designations/roadmap";
import { getRoadmap } from "@/lib/designations/roadmap-queries";
import { budgetFigures, reportFigures, snapshotGroups, yearsWithData, type BudgetLineFigures } from "./figures";
import { listOverdue, type OverdueList } from "./overdue";
import { dashboardPrefectureOf } from "./policy";
import { budgetTotals, chosenYear, facilityTrend, reportStateRows, roadmapRows, yearOptions, type FacilityTrendRow, type ReportStateRow, type RoadmapRow } from "./shape";

export interface Dashboard {
  today: string;
  fiscalYear: number;
  currentFiscalYear: number;
  years: number[];
  roadmap: { rows: RoadmapRow[]; regionCount: number; doneToday: number; baseToday: number };
  budgets: { rows: BudgetLineFigures[]; totals: ReturnType<typeof budgetTotals> };
  facilities: FacilityTrendRow[];
  reports: ReportStateRow[];
  overdue: OverdueList[];
}

/** The dashboard for `fiscalYear` (null or not offered: the current 年度). */
export async function getDashboard(actor: Actor, options: { fiscalYear?: number | null; now?: Date } = {}): Promise<Dashboard> {
  const prefectureId = await dashboardPrefectureOf(actor, "dashboard.read");
  const now = options.now ?? new Date();
  const today = todayInJapan(now);
  const current = currentFiscalYearOf(today);
  const years = yearOptions(await yearsWithData(prefectureId), current);
  const fiscalYear = chosenYear(options.fiscalYear ?? null, years, current);
  const [view, budgets, groups, reports, overdue] = await Promise.all([
    getRoadmap(actor, { today }),
    budgetFigures(prefectureId, fiscalYear),
    snapshotGroups(prefectureId),
    reportFigures(prefectureId, today),
    listOverdue(prefectureId, today, now),
  ]);
  return {
    today,
    fiscalYear,
    currentFiscalYear: current,
    years,
    roadmap: { rows: roadmapRows(view), regionCount: view.regions.length, doneToday: view.regions.filter((r) => r.done).length, baseToday: view.regions.filter((r) => r.base).length },
    budgets: { rows: budgets, totals: budgetTotals(budgets) },
    facilities: facilityTrend(groups),
    reports: reportStateRows([...reports.groups.map((g) => g.fiscalYear), current], reports.groups, reports.regionCount, reports.deadlines),
    overdue,
  };
}
