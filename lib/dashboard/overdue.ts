// Overdue items for 本庁 (ADR 0028), each kind one statement, oldest first, at most LIMIT rows
// with the full count beside them:
// - status reports past their 年度's deadline and not submitted (draft, returned, or not made);
// - applications still waiting for review (提出済み・再提出, no 決裁 under way) after their call's
//   deadline (or its extension);
// - 決裁 in progress, since the day they started;
// - 実績報告 overdue: decided applications not reported by the earlier of 30 days after the end of
//   their 事業実施期間 (the 年度's 3月31日 when none is given) and 4月10日 after the 年度.
import "server-only";
import { db } from "@/lib/db";

export const OVERDUE_LIMIT = 50;
export const OVERDUE_KINDS = ["report", "review", "approval", "resultReport"] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

export interface OverdueItem {
  key: string;
  /** Report: the 年度; applications: the title. */
  title: string;
  /** Region or organisation. */
  subject: string;
  /** Report: its state (null: not made); application: its status; 決裁: its purpose. */
  state: string | null;
  fiscalYear: number | null;
  /** The deadline passed, or the day the 決裁 started ("YYYY-MM-DD"). */
  since: string;
  href: string;
  isSample: boolean;
}

export interface OverdueList {
  kind: OverdueKind;
  total: number;
  items: OverdueItem[];
}

type Row = { key: string; title: string; subject: string; state: string | null; fiscal_year: number | null; since: string; href: string; is_sample: boolean; total: number };

const list = (kind: OverdueKind, rows: Row[]): OverdueList => ({
  kind,
  total: rows[0]?.total ?? 0,
  items: rows.map((r) => ({ key: r.key, title: r.title, subject: r.subject, state: r.state, fiscalYear: r.fiscal_year, since: r.since, href: r.href, isSample: r.is_sample })),
});

export async function listOverdue(prefectureId: number, today: string, now: Date): Promise<OverdueList[]> {
  const [reports, reviews, approvals, results] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT r.code || '-' || d.fiscal_year AS key, d.fiscal_year::text AS title, r.name AS subject, sr.status::text AS state,
             d.fiscal_year, to_char(d.due_on, 'YYYY-MM-DD') AS since,
             CASE WHEN sr.id IS NULL THEN '/reports?year=' || d.fiscal_year ELSE '/reports/' || sr.id END AS href,
             COALESCE(sr.is_sample, false) AS is_sample, count(*) OVER ()::int AS total
        FROM status_report_deadline d
        JOIN home_care_region r ON r.prefecture_id = d.prefecture_id AND r.valid_from <= d.due_on
         AND r.valid_from <= ${today}::date AND (r.valid_to IS NULL OR r.valid_to > ${today}::date)
        LEFT JOIN status_report sr ON sr.region_id = r.id AND sr.fiscal_year = d.fiscal_year
       WHERE d.prefecture_id = ${prefectureId} AND d.due_on < ${today}::date AND (sr.id IS NULL OR sr.status IN ('DRAFT', 'RETURNED'))
       ORDER BY d.due_on, r.sort_order, r.code
       LIMIT ${OVERDUE_LIMIT}`,
    db().$queryRaw<Row[]>`
      SELECT a.id::text AS key, a.title, o.name AS subject, a.status::text AS state, c.fiscal_year,
             to_char(COALESCE(c.extended_until, c.deadline) AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS since,
             '/admin/reviews/' || a.id AS href, a.is_sample, count(*) OVER ()::int AS total
        FROM subsidy_application a JOIN subsidy_call c ON c.id = a.call_id JOIN organisation o ON o.id = a.organisation_id
       WHERE a.prefecture_id = ${prefectureId} AND a.status IN ('SUBMITTED', 'RESUBMITTED') AND COALESCE(c.extended_until, c.deadline) < ${now}
         AND NOT EXISTS (SELECT 1 FROM approval_request ar WHERE ar.application_id = a.id AND ar.status = 'IN_PROGRESS')
       ORDER BY COALESCE(c.extended_until, c.deadline), a.submitted_at, a.id
       LIMIT ${OVERDUE_LIMIT}`,
    db().$queryRaw<Row[]>`
      SELECT ar.id::text AS key, a.title, o.name AS subject, ar.purpose::text AS state, c.fiscal_year,
             to_char(ar.created_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS since,
             '/admin/reviews/' || a.id AS href, a.is_sample, count(*) OVER ()::int AS total
        FROM approval_request ar JOIN subsidy_application a ON a.id = ar.application_id
        JOIN subsidy_call c ON c.id = a.call_id JOIN organisation o ON o.id = a.organisation_id
       WHERE ar.prefecture_id = ${prefectureId} AND ar.status = 'IN_PROGRESS'
       ORDER BY ar.created_at, ar.id
       LIMIT ${OVERDUE_LIMIT}`,
    db().$queryRaw<Row[]>`
      SELECT key, title, subject, state, fiscal_year, to_char(due, 'YYYY-MM-DD') AS since, href, is_sample, count(*) OVER ()::int AS total
        FROM (SELECT a.id::text AS key, a.title, o.name AS subject, a.status::text AS state, c.fiscal_year,
                     LEAST(COALESCE(a.period_to, make_date(c.fiscal_year + 1, 3, 31)) + 30, make_date(c.fiscal_year + 1, 4, 10)) AS due,
                     '/admin/reviews/' || a.id AS href, a.is_sample
                FROM subsidy_application a JOIN subsidy_call c ON c.id = a.call_id JOIN organisation o ON o.id = a.organisation_id
               WHERE a.prefecture_id = ${prefectureId} AND a.status IN ('DECIDED', 'CHANGE_REQUESTED')) x
       WHERE due < ${today}::date
       ORDER BY due, key
       LIMIT ${OVERDUE_LIMIT}`,
  ]);
  return [list("report", reports), list("review", reviews), list("approval", approvals), list("resultReport", results)];
}
