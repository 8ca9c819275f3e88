// Pure shaping of the dashboard's figures (ADR 0028): SQL aggregates in, the rows the charts,
// tables and CSV files share out. No database, no dates other than those given.
import { dateOnly } from "@/lib/dates/date-only";
import type { RoadmapView } from "@/lib/designations/roadmap";
import { addToCounts, emptyCounts, type TypeCounts } from "@/lib/facilities/counts";
import { REPORT_STATUSES, type ReportStatus } from "@/lib/status-reports/schema";

export interface Range {
  min: number;
  max: number;
}

export interface RoadmapRow {
  fiscalYear: number;
  /** That 年度's target (regions to add), "remaining" when it is the rest. */
  target: Range | "remaining";
  /** Regions that should have both designations by the 年度's end. */
  targetCumulative: Range;
  plannedCumulative: number;
  /** Regions with a 拠点, an 積極的役割医療機関, both — null for 年度 not yet begun. */
  base: number | null;
  activeRole: number | null;
  done: number | null;
  countedOn: string;
}

/** The roadmap per 年度 with cumulative targets: "the rest" brings the target to every region. */
export function roadmapRows(view: Pick<RoadmapView, "fiscalYears" | "regions" | "currentFiscalYear">): RoadmapRow[] {
  const all = view.regions.length;
  let min = 0;
  let max = 0;
  return view.fiscalYears.map((y) => {
    if ("remaining" in y.target) [min, max] = [all, all];
    else [min, max] = [Math.min(all, min + y.target.min), Math.min(all, max + y.target.max)];
    const reached = y.fiscalYear <= view.currentFiscalYear;
    return {
      fiscalYear: y.fiscalYear,
      target: "remaining" in y.target ? "remaining" : { min: y.target.min, max: y.target.max },
      targetCumulative: { min, max },
      plannedCumulative: y.plannedCumulative,
      base: reached ? y.designatedRegions.base : null,
      activeRole: reached ? y.designatedRegions.activeRole : null,
      done: reached ? y.designatedRegions.done : null,
      countedOn: y.countedOn,
    };
  });
}

export interface SnapshotGroup {
  asOf: string;
  kind: "CLINIC" | "HOSPITAL" | null;
  supportType: number | null;
  n: number;
}

export interface FacilityTrendRow {
  asOf: string;
  clinics: TypeCounts;
  hospitals: TypeCounts;
}

/** Counts per snapshot (oldest first); a snapshot without entries counts zero. */
export function facilityTrend(groups: readonly SnapshotGroup[]): FacilityTrendRow[] {
  const rows = new Map<string, FacilityTrendRow>();
  for (const g of groups) {
    const row = rows.get(g.asOf) ?? rows.set(g.asOf, { asOf: g.asOf, clinics: emptyCounts(), hospitals: emptyCounts() }).get(g.asOf)!;
    if (g.kind && g.supportType !== null) addToCounts(g.kind === "CLINIC" ? row.clinics : row.hospitals, g.supportType, g.n);
  }
  return [...rows.values()].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

export interface ReportStateRow {
  fiscalYear: number;
  counts: Record<ReportStatus, number>;
  /** Today's regions without a report of that 年度 (never below zero). */
  notStarted: number;
  dueOn: string | null;
}

/** Report states per 年度 (newest first), for the years given. */
export function reportStateRows(years: readonly number[], groups: readonly { fiscalYear: number; status: ReportStatus; n: number }[], regionCount: number, deadlines: ReadonlyMap<number, string>): ReportStateRow[] {
  return [...new Set(years)]
    .sort((a, b) => b - a)
    .map((fiscalYear) => {
      const counts = Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>;
      for (const g of groups) if (g.fiscalYear === fiscalYear) counts[g.status] += g.n;
      const made = REPORT_STATUSES.reduce((s, k) => s + counts[k], 0);
      return { fiscalYear, counts, notStarted: Math.max(0, regionCount - made), dueOn: deadlines.get(fiscalYear) ?? null };
    });
}

export interface BudgetFigures {
  initialYen: number;
  amountYen: number;
  committedYen: number;
  paidYen: number;
}

/** Column sums (integer yen). */
export function budgetTotals(rows: readonly BudgetFigures[]): BudgetFigures & { supplementYen: number; remainingYen: number } {
  const t = rows.reduce((s, r) => ({ initialYen: s.initialYen + r.initialYen, amountYen: s.amountYen + r.amountYen, committedYen: s.committedYen + r.committedYen, paidYen: s.paidYen + r.paidYen }), { initialYen: 0, amountYen: 0, committedYen: 0, paidYen: 0 });
  return { ...t, supplementYen: t.amountYen - t.initialYen, remainingYen: t.amountYen - t.committedYen };
}

/** Whole 千円, toward zero, as budget documents print them (for charts and CSV). */
export const thousandYen = (yen: number) => Math.trunc(yen / 1000);

/** Days from `since` to `today` (both "YYYY-MM-DD"); 0 on the day itself. */
export function daysSince(since: string, today: string): number {
  return Math.round((dateOnly(today).getTime() - dateOnly(since).getTime()) / 86_400_000);
}

/** The 年度 to offer: those with data and the current one, newest first. */
export function yearOptions(years: readonly number[], current: number): number[] {
  return [...new Set([...years, current])].sort((a, b) => b - a);
}

/** The 年度 asked for when offered; else the current one. */
export function chosenYear(requested: number | null, options: readonly number[], current: number): number {
  return requested !== null && options.includes(requested) ? requested : current;
}
