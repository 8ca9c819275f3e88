// The 本庁 review queue (ADR 0025): the prefecture's submitted applications with their menu, the
// 在宅医療圏 of the applicant's municipality (its own, as a 市町村, or that of a facility it runs),
// state, deadline and the 決裁 in progress; filtered and sorted in memory (a 年度 has hundreds).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { csvOf, type CsvColumn } from "@/lib/http/csv";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { assertReviewAbility } from "./policy";
import { QUEUE_PAGE_SIZE, QueueFilterSchema, type QueueFilter } from "./queue-schema";
import { STATUS_LABELS } from "./labels";

export interface QueueRow {
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
  approval: string | null;
}

export interface ReviewQueue {
  /** Every row matching the filter, sorted (the CSV). */
  rows: QueueRow[];
  /** The rows of the page asked for (filter.page, clamped to the last page). */
  pageRows: QueueRow[];
  page: number;
  pageCount: number;
  filter: QueueFilter;
  menus: { code: string; name: string }[];
  regions: { code: string; name: string }[];
}

async function regionByMunicipality(prefectureId: number): Promise<Map<number, { code: string; name: string }>> {
  const day = dateOnly(todayInJapan());
  const members = await db().homeCareRegionMember.findMany({
    where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }], region: { prefectureId } },
    select: { municipalityId: true, region: { select: { code: true, name: true } } },
  });
  return new Map(members.map((m) => [m.municipalityId, m.region]));
}

export async function listReviewQueue(actor: Actor, rawFilter: unknown = {}): Promise<ReviewQueue> {
  const a = await assertReviewAbility(actor, "review", "review_queue.read");
  const filter = QueueFilterSchema.parse(rawFilter ?? {});
  const [apps, regions] = await Promise.all([
    db().subsidyApplication.findMany({
      where: { prefectureId: a.prefectureId, status: { not: "DRAFT" } },
      select: {
        id: true, title: true, status: true, submittedAt: true, requestedYen: true, decidedAmountYen: true,
        call: { select: { fiscalYear: true, deadline: true, extendedUntil: true, menu: { select: { code: true, name: true } } } },
        organisation: { select: { name: true, municipalityId: true, facilities: { select: { facility: { select: { municipalityId: true } } } } } },
        approvalRequests: { where: { status: "IN_PROGRESS" }, select: { purpose: true, steps: true, _count: { select: { actions: true } } } },
      },
    }),
    regionByMunicipality(a.prefectureId),
  ]);
  const all: QueueRow[] = apps.map((r) => {
    const muni = r.organisation.municipalityId ?? r.organisation.facilities.map((f) => f.facility.municipalityId).find((x) => x !== null) ?? null;
    const region = muni === null ? undefined : regions.get(muni);
    const open = r.approvalRequests[0];
    const steps = open ? (open.steps as { label: string }[]) : [];
    return {
      id: r.id,
      applicant: r.organisation.name,
      title: r.title,
      menuCode: r.call.menu.code,
      menuName: r.call.menu.name,
      fiscalYear: r.call.fiscalYear,
      regionCode: region?.code ?? null,
      regionName: region?.name ?? null,
      status: r.status,
      deadline: r.call.extendedUntil ?? r.call.deadline,
      submittedAt: r.submittedAt,
      requestedYen: r.requestedYen,
      decidedAmountYen: r.decidedAmountYen,
      approval: open ? `${open.purpose === "DECISION" ? "交付決定" : "確定"}決裁中（${steps[open._count.actions]?.label ?? ""}）` : null,
    };
  });
  const by = filter.deadlineBy ? new Date(`${filter.deadlineBy}T23:59:59+09:00`) : null;
  const rows = all.filter(
    (r) =>
      (!filter.menu || r.menuCode === filter.menu) &&
      (!filter.region || r.regionCode === filter.region) &&
      (!filter.status || r.status === filter.status) &&
      (!by || r.deadline <= by),
  );
  const key: Record<QueueFilter["sort"], (r: QueueRow) => number | string> = {
    deadline: (r) => r.deadline.getTime(),
    submitted: (r) => r.submittedAt?.getTime() ?? 0,
    amount: (r) => r.requestedYen ?? 0,
    applicant: (r) => r.applicant,
  };
  const dir = filter.order === "desc" ? -1 : 1;
  rows.sort((x, y) => {
    const a1 = key[filter.sort](x);
    const b1 = key[filter.sort](y);
    return (typeof a1 === "string" ? a1.localeCompare(b1 as string, "ja") : a1 - (b1 as number)) * dir || x.id.localeCompare(y.id);
  });
  const pageCount = Math.max(1, Math.ceil(rows.length / QUEUE_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const uniq = <T extends { code: string }>(xs: T[]) => [...new Map(xs.map((x) => [x.code, x])).values()];
  return {
    rows,
    pageRows: rows.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE),
    page,
    pageCount,
    filter,
    menus: uniq(all.map((r) => ({ code: r.menuCode, name: r.menuName }))),
    regions: uniq(all.filter((r) => r.regionCode).map((r) => ({ code: r.regionCode!, name: r.regionName! }))),
  };
}

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
  const queue = await listReviewQueue(actor, rawFilter);
  return csvOf(columns, queue.rows);
}
