"use client";
// 本庁's review queue, one page of it: applicant (a link to the review), title, menu, 在宅医療圏,
// state, deadline (和暦), requested and decided amounts, and where its 決裁 stands. A client
// component (ADR 0037): the rows reach the page as data rather than as a serialized element tree.
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { STATUS_LABELS } from "@/lib/reviews/labels";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import type { QueueRow } from "@/lib/reviews/queue";

const columns: Column<QueueRow>[] = [
  // A plain link, not next/link: a row is opened once, to work on it (a full load; next/link
  // prefetched nothing here either), and 50 links cost ~10% of the page's server time (ADR 0036).
  {
    key: "applicant",
    header: m.col.applicant,
    rowHeader: true,
    cell: (r) => <a href={`/admin/reviews/${r.id}`}>{r.applicant}</a>,
  },
  { key: "title", header: m.col.title, cell: (r) => r.title },
  { key: "menu", header: m.col.menu, cell: (r) => r.menuName },
  { key: "region", header: m.col.region, cell: (r) => r.regionName ?? m.none },
  { key: "status", header: m.col.status, nowrap: true, cell: (r) => STATUS_LABELS[r.status] ?? r.status },
  { key: "deadline", header: m.col.deadline, nowrap: true, cell: (r) => <time dateTime={r.deadline.toISOString()}>{formatWarekiDate(r.deadline)}</time> },
  { key: "requested", header: m.col.requested, align: "end", nowrap: true, cell: (r) => m.yen(r.requestedYen) },
  { key: "decided", header: m.col.decided, align: "end", nowrap: true, cell: (r) => m.yen(r.decidedAmountYen) },
  { key: "approval", header: m.col.approval, cell: (r) => r.approval ?? m.none },
];

export function ReviewQueueTable({ caption, rows }: { caption: string; rows: QueueRow[] }) {
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}
