// The review queue as one SQL statement (ADR 0030): filter, sort and page in PostgreSQL and read
// only the columns the queue shows, with the number of matching rows in the same round trip
// (count(*) OVER ()). The 在宅医療圏 is that of the applicant's municipality (its own, as a 市町村,
// or that of the first facility it runs with one) on the given date; a municipality is in at most
// one 在宅医療圏 on a date (exclusion constraint), so the lateral joins add no rows.
import { Prisma } from "@/lib/generated/prisma/client";
import type { QueueFilter } from "./queue-schema";

export interface QueueSqlRow {
  id: string;
  applicant: string;
  title: string;
  menuCode: string;
  menuName: string;
  fiscalYear: number;
  regionCode: string | null;
  regionName: string | null;
  status: string;
  deadline: Date;
  submittedAt: Date | null;
  requestedYen: number | null;
  decidedAmountYen: number | null;
  /** The 決裁 in progress, if any: DECISION or CONFIRMATION, and the label of the step waiting. */
  approvalPurpose: string | null;
  approvalStep: string | null;
  /** Rows matching the filter, whatever the page (bigint from count(*)). */
  total: bigint;
  /** The row's place in the sort (1, 2, …; bigint from row_number()). */
  ord: bigint;
}

export interface QueueSqlInput {
  prefectureId: number;
  /** The date the municipalities' 在宅医療圏 are taken at. */
  regionDate: Date;
  filter: Pick<QueueFilter, "menu" | "region" | "status" | "deadlineBy" | "sort" | "order">;
  limit: number;
  offset: number;
}

// Whitelisted sort keys (never user text in the SQL). Nulls sort as 0, as the page always did;
// ties by id so pages never overlap. 申請者 sorts by the ICU Japanese collation.
const SORT_KEYS: Record<QueueFilter["sort"], Prisma.Sql> = {
  deadline: Prisma.sql`coalesce(c.extended_until, c.deadline)`,
  submitted: Prisma.sql`coalesce(a.submitted_at, 'epoch'::timestamptz)`,
  amount: Prisma.sql`coalesce(a.requested_yen, 0)`,
  applicant: Prisma.sql`o.name COLLATE "ja-x-icu"`,
};

/** The 在宅医療圏 (code, name) of an organisation (its id and municipality columns) on the date, for a lateral join. */
function regionOf(org: Prisma.Sql, municipality: Prisma.Sql, prefectureId: number, day: Date): Prisma.Sql {
  return Prisma.sql`
      SELECT hr.code, hr.name
      FROM home_care_region_member hm
      JOIN home_care_region hr ON hr.id = hm.region_id
      WHERE hm.municipality_id = coalesce(${municipality}, (
              SELECT fa.municipality_id FROM organisation_facility ofa JOIN facility fa ON fa.id = ofa.facility_id
              WHERE ofa.organisation_id = ${org} AND fa.municipality_id IS NOT NULL
              ORDER BY ofa.facility_id LIMIT 1))
        AND hr.prefecture_id = ${prefectureId}
        AND hm.valid_from <= ${day} AND (hm.valid_to IS NULL OR hm.valid_to > ${day})
      LIMIT 1`;
}

/**
 * The page size written into the SQL, not passed as a parameter: with LIMIT unknown PostgreSQL
 * costs the prepared statement's generic plan for a tenth of the rows and keeps planning it afresh
 * (~1.5 ms a page); with it known the generic plan is kept (ADR 0036). Sizes come from code (the
 * page size, the CSV's "every row"), never from a request.
 */
function limitOf(limit: number): Prisma.Sql {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`bad page size ${limit}`);
  return Prisma.raw(String(limit));
}

// The page is chosen first — filter, count, sort, limit — over the applications and their calls
// only (the menu and the organisation are joined there only when the filter or the sort needs
// them), then its rows are read in full: applicant, menu, 在宅医療圏 and the 決裁 in progress.
export function reviewQueueSql(q: QueueSqlInput): Prisma.Sql {
  const f = q.filter;
  const by = f.deadlineBy ? new Date(`${f.deadlineBy}T23:59:59+09:00`) : null;
  const order = Prisma.sql`${SORT_KEYS[f.sort]} ${f.order === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`}, a.id ASC`;
  const region = (org: string, municipality: string) => regionOf(Prisma.raw(org), Prisma.raw(municipality), q.prefectureId, q.regionDate);
  const needsOrganisation = f.sort === "applicant" || Boolean(f.region);
  return Prisma.sql`
    WITH page AS (
      SELECT a.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
      FROM subsidy_application a
      JOIN subsidy_call c ON c.id = a.call_id
      ${f.menu ? Prisma.sql`JOIN subsidy_menu m ON m.id = c.menu_id AND m.code = ${f.menu}` : Prisma.empty}
      ${needsOrganisation ? Prisma.sql`JOIN organisation o ON o.id = a.organisation_id` : Prisma.empty}
      ${f.region ? Prisma.sql`JOIN LATERAL (${region("o.id", "o.municipality_id")}) fr ON fr.code = ${f.region}` : Prisma.empty}
      WHERE a.prefecture_id = ${q.prefectureId} AND a.status <> 'DRAFT'
        ${f.status ? Prisma.sql`AND a.status::text = ${f.status}` : Prisma.empty}
        ${by ? Prisma.sql`AND coalesce(c.extended_until, c.deadline) <= ${by}` : Prisma.empty}
      ORDER BY ${order}
      LIMIT ${limitOf(q.limit)} OFFSET ${q.offset}
    )
    SELECT a.id::text AS id, o.name AS applicant, a.title, m.code AS "menuCode", m.name AS "menuName",
           c.fiscal_year AS "fiscalYear", r.code AS "regionCode", r.name AS "regionName", a.status::text AS status,
           coalesce(c.extended_until, c.deadline) AS deadline, a.submitted_at AS "submittedAt",
           a.requested_yen AS "requestedYen", a.decided_amount_yen AS "decidedAmountYen",
           ap.purpose AS "approvalPurpose", ap.step AS "approvalStep", p.total, p.ord
    FROM page p
    JOIN subsidy_application a ON a.id = p.id
    JOIN subsidy_call c ON c.id = a.call_id
    JOIN subsidy_menu m ON m.id = c.menu_id
    JOIN organisation o ON o.id = a.organisation_id
    LEFT JOIN LATERAL (${region("o.id", "o.municipality_id")}) r ON true
    LEFT JOIN LATERAL (
      -- The step waiting for its act: steps[number of acts so far].
      SELECT ar.purpose::text AS purpose,
             ar.steps -> (SELECT count(*) FROM approval_action aa WHERE aa.request_id = ar.id)::int ->> 'label' AS step
      FROM approval_request ar
      WHERE ar.application_id = a.id AND ar.status = 'IN_PROGRESS'
      ORDER BY ar.created_at DESC
      LIMIT 1
    ) ap ON true
    ORDER BY p.ord`;
}

/** The same rows as one JSON array in their order (one text value: cheaper to read than rows, ADR 0030). */
export function reviewQueueJsonSql(q: QueueSqlInput): Prisma.Sql {
  return Prisma.sql`SELECT COALESCE(json_agg(t ORDER BY t.ord), '[]')::text AS json FROM (${reviewQueueSql(q)}) t`;
}

/** The number of rows matching the filter (for a page asked past the end). */
export function reviewQueueCountSql(q: Omit<QueueSqlInput, "limit" | "offset">): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS total FROM (${reviewQueueSql({ ...q, limit: 2_147_483_647, offset: 0 })}) t`;
}
