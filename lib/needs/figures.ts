// The SQL behind the needs pages (ADR 0028): each answers in one statement, aggregated in
// PostgreSQL, for any number of regions — the latest approved report of each region with only its
// four function states (and issues), and applications summed per region × status × menu.
// Organisations belong to the 在宅医療圏 that holds their municipality today (for a 政令指定都市,
// the regions of its wards) — the rule of lib/applications/region-impact.ts.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FunctionKey, FunctionState } from "@/lib/status-reports/form-v1";
import type { ApplicationAggregate } from "./shape";

const regionFilter = (column: Prisma.Sql, ids: number[] | null) => (ids === null ? Prisma.empty : Prisma.sql`AND ${column} IN (${Prisma.join(ids)})`);

export interface LatestReport {
  regionId: number;
  reportId: number;
  fiscalYear: number;
  functions: Record<FunctionKey, { state: FunctionState | ""; issues: string }>;
}

type ReportRow = { region_id: number; id: number; fiscal_year: number } & Record<`${FunctionKey}_state` | `${FunctionKey}_issues`, string | null>;

// The keys are the form's constants, written into the SQL as literals.
const fn = (key: FunctionKey) => Prisma.raw(`sr.content->'functions'->'${key}'->>'state' AS "${key}_state", sr.content->'functions'->'${key}'->>'issues' AS "${key}_issues"`);

/** The latest APPROVED report of each region (ids null: all of the prefecture). */
export async function latestApprovedReports(prefectureId: number, regionIds: number[] | null): Promise<LatestReport[]> {
  if (regionIds !== null && regionIds.length === 0) return [];
  const rows = await db().$queryRaw<ReportRow[]>`
    SELECT DISTINCT ON (sr.region_id) sr.region_id, sr.id, sr.fiscal_year,
           ${fn("discharge")}, ${fn("daily")}, ${fn("emergency")}, ${fn("endOfLife")}
      FROM status_report sr
     WHERE sr.prefecture_id = ${prefectureId} AND sr.status = 'APPROVED' ${regionFilter(Prisma.sql`sr.region_id`, regionIds)}
     ORDER BY sr.region_id, sr.fiscal_year DESC`;
  const f = (r: ReportRow, k: FunctionKey) => ({ state: (r[`${k}_state`] ?? "") as FunctionState | "", issues: r[`${k}_issues`] ?? "" });
  return rows.map((r) => ({
    regionId: r.region_id,
    reportId: r.id,
    fiscalYear: r.fiscal_year,
    functions: { discharge: f(r, "discharge"), daily: f(r, "daily"), emergency: f(r, "emergency"), endOfLife: f(r, "endOfLife") },
  }));
}

type AggregateRow = { region_id: number; status: string; menu_code: string; n: number; requested: bigint; decided: bigint; confirmed: bigint };

/** Submitted applications (drafts left out) of the regions' organisations, summed per region × status × menu. */
export async function applicationAggregates(prefectureId: number, today: string, regionIds: number[] | null): Promise<ApplicationAggregate[]> {
  if (regionIds !== null && regionIds.length === 0) return [];
  const rows = await db().$queryRaw<AggregateRow[]>`
    WITH org_region AS (
      SELECT DISTINCT o.id AS organisation_id, mem.region_id
        FROM organisation o
        JOIN municipality mu ON mu.id = o.municipality_id OR mu.parent_id = o.municipality_id
        JOIN home_care_region_member mem ON mem.municipality_id = mu.id
         AND mem.valid_from <= ${today}::date AND (mem.valid_to IS NULL OR mem.valid_to > ${today}::date)
       WHERE o.prefecture_id = ${prefectureId} AND o.municipality_id IS NOT NULL ${regionFilter(Prisma.sql`mem.region_id`, regionIds)}
    )
    SELECT orr.region_id, a.status::text AS status, mn.code AS menu_code, count(*)::int AS n,
           COALESCE(sum(a.requested_yen), 0)::bigint AS requested,
           COALESCE(sum(a.decided_amount_yen), 0)::bigint AS decided,
           COALESCE(sum(a.confirmed_amount_yen), 0)::bigint AS confirmed
      FROM subsidy_application a
      JOIN org_region orr ON orr.organisation_id = a.organisation_id
      JOIN subsidy_call c ON c.id = a.call_id
      JOIN subsidy_menu mn ON mn.id = c.menu_id
     WHERE a.prefecture_id = ${prefectureId} AND a.status <> 'DRAFT'
     GROUP BY orr.region_id, a.status, mn.code`;
  return rows.map((r) => ({
    regionId: r.region_id,
    status: r.status,
    menuCode: r.menu_code,
    count: r.n,
    requestedYen: Number(r.requested),
    decidedYen: Number(r.decided),
    confirmedYen: Number(r.confirmed),
  }));
}
