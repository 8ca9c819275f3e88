// The dashboard's SQL (ADR 0028): each figure in one aggregate statement over the prefecture, so
// the cost does not grow with the number of regions, snapshots or reports read row by row.
import "server-only";
import { db } from "@/lib/db";
import type { ReportStatus } from "@/lib/status-reports/schema";
import type { SnapshotGroup } from "./shape";

/** 年度 that have budgets, reports or roadmap targets, newest first. */
export async function yearsWithData(prefectureId: number): Promise<number[]> {
  const rows = await db().$queryRaw<{ y: number }[]>`
    SELECT b.fiscal_year AS y FROM budget b JOIN budget_line l ON l.id = b.line_id WHERE l.prefecture_id = ${prefectureId}
    UNION SELECT fiscal_year FROM status_report WHERE prefecture_id = ${prefectureId}
    UNION SELECT fiscal_year FROM roadmap_target WHERE prefecture_id = ${prefectureId}
    ORDER BY 1 DESC`;
  return rows.map((r) => r.y);
}

export interface BudgetLineFigures {
  lineCode: string;
  lineName: string;
  programmeName: string | null;
  initialYen: number;
  amountYen: number;
  committedYen: number;
  paidYen: number;
  isSample: boolean;
}

/** The budget of each 予算事業 in the 年度, in the lines' order. */
export async function budgetFigures(prefectureId: number, fiscalYear: number): Promise<BudgetLineFigures[]> {
  return db().$queryRaw<BudgetLineFigures[]>`
    SELECT l.code AS "lineCode", l.name AS "lineName", l.programme_name AS "programmeName",
           b.initial_yen AS "initialYen", b.amount_yen AS "amountYen", b.committed_yen AS "committedYen",
           b.paid_yen AS "paidYen", b.is_sample AS "isSample"
      FROM budget b JOIN budget_line l ON l.id = b.line_id
     WHERE l.prefecture_id = ${prefectureId} AND b.fiscal_year = ${fiscalYear}
     ORDER BY l.sort_order, l.code`;
}

/** 在支診・在支病 per snapshot, kind and support type. */
export async function snapshotGroups(prefectureId: number): Promise<SnapshotGroup[]> {
  const rows = await db().$queryRaw<{ as_of: string; kind: "CLINIC" | "HOSPITAL" | null; support_type: number | null; n: number }[]>`
    SELECT to_char(s.as_of, 'YYYY-MM-DD') AS as_of, e.kind::text AS kind, e.support_type, count(e.facility_id)::int AS n
      FROM facility_snapshot s LEFT JOIN facility_snapshot_entry e ON e.snapshot_id = s.id
     WHERE s.prefecture_id = ${prefectureId}
     GROUP BY s.as_of, e.kind, e.support_type
     ORDER BY s.as_of`;
  return rows.map((r) => ({ asOf: r.as_of, kind: r.kind, supportType: r.support_type, n: r.n }));
}

/** Reports per 年度 and state, today's region count and the deadlines. */
export async function reportFigures(prefectureId: number, today: string) {
  const [groups, regions, deadlines] = await Promise.all([
    db().$queryRaw<{ fiscal_year: number; status: ReportStatus; n: number }[]>`
      SELECT fiscal_year, status::text AS status, count(*)::int AS n FROM status_report
       WHERE prefecture_id = ${prefectureId} GROUP BY fiscal_year, status`,
    db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM home_care_region
       WHERE prefecture_id = ${prefectureId} AND valid_from <= ${today}::date AND (valid_to IS NULL OR valid_to > ${today}::date)`,
    db().$queryRaw<{ fiscal_year: number; due_on: string }[]>`
      SELECT fiscal_year, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM status_report_deadline WHERE prefecture_id = ${prefectureId}`,
  ]);
  return {
    groups: groups.map((g) => ({ fiscalYear: g.fiscal_year, status: g.status, n: g.n })),
    regionCount: regions[0]?.n ?? 0,
    deadlines: new Map(deadlines.map((d) => [d.fiscal_year, d.due_on])),
  };
}
