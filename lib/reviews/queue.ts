// The 本庁 review queue (ADR 0025): the prefecture's submitted applications with their menu, the
// 在宅医療圏 of the applicant's municipality (its own, as a 市町村, or that of a facility it runs),
// state, deadline and the 決裁 in progress. Filtered, sorted and paged in PostgreSQL (queue-sql.ts,
// ADR 0030): a page reads its 50 rows, their 決裁, the count and the filter's choices in one statement;
// the CSV reads every matching row in one statement.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { queryJsonRows, runJsonRead, type JsonRead } from "@/lib/db-json";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { csvOf, type CsvColumn } from "@/lib/http/csv";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { assertReviewAbility } from "./policy";
import { QUEUE_PAGE_SIZE, QueueFilterSchema, type QueueFilter } from "./queue-schema";
import { reviewQueueCountSql, reviewQueueJsonSql, type QueueSqlInput, type QueueSqlRow } from "./queue-sql";
import { STATUS_LABELS } from "./labels";

/** A row of the queue: what the SQL answers (without its total), and the 決裁 in progress. */
export type QueueRow = Omit<QueueSqlRow, "total" | "ord" | "approvalPurpose" | "approvalStep"> & { approval: string | null };

export interface ReviewQueue {
  /** The number of rows matching the filter (the CSV holds them all). */
  total: number;
  /** The rows of the page asked for (filter.page, clamped to the last page). */
  pageRows: QueueRow[];
  page: number;
  pageCount: number;
  filter: QueueFilter;
  menus: { code: string; name: string }[];
  regions: { code: string; name: string }[];
}

/** The 決裁 in progress, e.g. 交付決定決裁中（係長）. */
function approvalLabel(purpose: string | null, step: string | null): string | null {
  return purpose === null ? null : `${purpose === "DECISION" ? "交付決定" : "確定"}決裁中（${step ?? ""}）`;
}

/** A row as reviewQueueJsonSql gives it: timestamps as text, counts as numbers. */
type QueueJsonRow = Omit<QueueSqlRow, "deadline" | "submittedAt" | "total" | "ord"> & { deadline: string; submittedAt: string | null; total: number; ord: number };

/** A page (or the CSV's every row) of the queue and the number of matching rows. */
function rowsRead(q: QueueSqlInput): JsonRead<{ rows: QueueRow[]; total: number }> {
  return {
    sql: reviewQueueJsonSql(q),
    read: (json) => {
      const raw = (json ?? []) as QueueJsonRow[];
      const rows = raw.map(({ total: _total, ord: _ord, approvalPurpose, approvalStep, deadline, submittedAt, ...r }) => ({
        ...r,
        deadline: new Date(deadline),
        submittedAt: submittedAt === null ? null : new Date(submittedAt),
        approval: approvalLabel(approvalPurpose, approvalStep),
      }));
      return { rows, total: raw.length > 0 ? raw[0].total : 0 };
    },
  };
}

/** The filter's choices: menus with submitted applications, and the prefecture's 在宅医療圏 on `day`. */
function choicesRead(prefectureId: number, day: Date): JsonRead<Pick<ReviewQueue, "menus" | "regions">> {
  return {
    sql: Prisma.sql`
      SELECT json_build_object(
        'menus', coalesce((
          SELECT json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.sort_order, m.code)
          FROM subsidy_menu m
          WHERE m.prefecture_id = ${prefectureId}
            AND EXISTS (SELECT 1 FROM subsidy_call c JOIN subsidy_application a ON a.call_id = c.id
                        WHERE c.menu_id = m.id AND a.status <> 'DRAFT')), '[]'::json),
        'regions', coalesce((
          SELECT json_agg(json_build_object('code', hr.code, 'name', hr.name) ORDER BY hr.sort_order, hr.code)
          FROM home_care_region hr
          WHERE hr.prefecture_id = ${prefectureId} AND hr.valid_from <= ${day}::date
            AND (hr.valid_to IS NULL OR hr.valid_to > ${day}::date)), '[]'::json)
      )::text AS json`,
    read: (json) => json as Pick<ReviewQueue, "menus" | "regions">,
  };
}

export async function listReviewQueue(actor: Actor, rawFilter: unknown = {}): Promise<ReviewQueue> {
  const a = await assertReviewAbility(actor, "review", "review_queue.read");
  const filter = QueueFilterSchema.parse(rawFilter ?? {});
  const regionDate = dateOnly(todayInJapan());
  const base = { prefectureId: a.prefectureId, regionDate, filter };
  const at = (page: number) => ({ ...base, limit: QUEUE_PAGE_SIZE, offset: (page - 1) * QUEUE_PAGE_SIZE });
  // The page and the filter's choices in one statement.
  const [firstRead, choices] = [rowsRead(at(filter.page)), choicesRead(a.prefectureId, regionDate)];
  const [firstJson, choicesJson] = await queryJsonRows([firstRead.sql, choices.sql]);
  let { rows, total } = firstRead.read(firstJson);
  const { menus, regions } = choices.read(choicesJson);
  let page = filter.page;
  if (rows.length === 0 && page > 1) {
    // Asked past the end: count, then show the last page.
    const [{ total: count }] = await db().$queryRaw<{ total: bigint }[]>(reviewQueueCountSql(base));
    total = Number(count);
    page = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
    if (total > 0) rows = (await runJsonRead(rowsRead(at(page)))).rows;
  }
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  return { total, pageRows: rows, page, pageCount, filter, menus, regions };
}

/**
 * Every row matching the filter, sorted (the CSV export), in one statement: the rows are one
 * snapshot. Batches read one after another (LIMIT … OFFSET) could repeat or miss a row when an
 * application was submitted or withdrawn between two of them and shifted the order, and each batch
 * sorted every matching row again. A prefecture's queue is thousands of rows, read as one JSON text.
 */
export async function listAllReviewRows(actor: Actor, rawFilter: unknown = {}): Promise<QueueRow[]> {
  const a = await assertReviewAbility(actor, "review", "review_queue.read");
  const filter = QueueFilterSchema.parse(rawFilter ?? {});
  const base = { prefectureId: a.prefectureId, regionDate: dateOnly(todayInJapan()), filter };
  return (await runJsonRead(rowsRead({ ...base, limit: ALL_ROWS, offset: 0 }))).rows;
}
/** No limit, written as one (limitOf wants a number; PostgreSQL's LIMIT takes a bigint). */
const ALL_ROWS = 2_147_483_647;

const columns: CsvColumn<QueueRow>[] = [
  { header: "申請ID", value: (r) => r.id },
  { header: "申請者", value: (r) => r.applicant },
  { header: "事業名", value: (r) => r.title },
  { header: "補助メニュー", value: (r) => r.menuName },
  { header: "在宅医療圏", value: (r) => r.regionName ?? "" },
  { header: "状態", value: (r) => STATUS_LABELS[r.status] ?? r.status },
  { header: "締切", value: (r) => formatWarekiDate(r.deadline) },
  { header: "提出日", value: (r) => (r.submittedAt ? formatWarekiDate(r.submittedAt) : "") },
  { header: "補助金所要額（円）", value: (r) => r.requestedYen },
  { header: "交付決定額（円）", value: (r) => r.decidedAmountYen },
  { header: "決裁", value: (r) => r.approval ?? "" },
];

export async function reviewQueueCsv(actor: Actor, rawFilter: unknown = {}): Promise<string> {
  return csvOf(columns, await listAllReviewRows(actor, rawFilter));
}
