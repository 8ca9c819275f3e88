// Overdue items by kind: a table each, oldest first, every item linking to its page.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import { applicationStatusLabels } from "@/lib/applications/messages";
import { dashboardMessages as m } from "@/lib/dashboard/messages";
import type { OverdueItem, OverdueList } from "@/lib/dashboard/overdue";
import { daysSince } from "@/lib/dashboard/shape";
import { wareki } from "@/lib/designations/page-messages";
import { reportStatusLabels } from "@/lib/status-reports/messages";

function stateText(kind: OverdueList["kind"], state: string | null): string {
  if (kind === "report") return state ? (reportStatusLabels[state as keyof typeof reportStatusLabels] ?? state) : m.overdue.notMade;
  if (kind === "approval") return m.overdue.purpose[state ?? ""] ?? state ?? "";
  return applicationStatusLabels[state as keyof typeof applicationStatusLabels] ?? state ?? "";
}

export function OverdueLists({ lists, today }: { lists: OverdueList[]; today: string }) {
  return (
    <div className="space-y-8">
      {lists.map((l) => {
        const headingId = `overdue-${l.kind}`;
        const columns: Column<OverdueItem>[] = [
          {
            key: "item",
            header: m.overdue.col.item,
            rowHeader: true,
            cell: (i) => (
              <span className="inline-flex flex-wrap items-center gap-1">
                <Link href={i.href} prefetch={false}>{l.kind === "report" ? m.overdue.reportTitle(i.fiscalYear ?? 0) : i.title}</Link>
                {i.isSample ? <SampleBadge /> : null}
              </span>
            ),
          },
          { key: "subject", header: m.overdue.col.subject, cell: (i) => i.subject },
          { key: "state", header: m.overdue.col.state, cell: (i) => stateText(l.kind, i.state), nowrap: true },
          { key: "since", header: m.overdue.since[l.kind], cell: (i) => wareki(i.since), nowrap: true },
          { key: "days", header: m.overdue.col.days, cell: (i) => m.overdue.days(daysSince(i.since, today)), align: "end", nowrap: true },
        ];
        return (
          <section key={l.kind} aria-labelledby={headingId}>
            <h3 id={headingId} className="mb-3 text-std-20B-150 text-solid-gray-900">
              {m.overdue.kinds[l.kind]}（{l.total}件）
            </h3>
            {l.items.length === 0 ? (
              <p className="text-std-16N-170">{m.overdue.empty}</p>
            ) : (
              <DataTable
                caption={m.overdue.kinds[l.kind]}
                columns={columns}
                rows={l.items}
                rowKey={(i) => i.key}
                footnote={l.total > l.items.length ? m.overdue.more(l.total, l.items.length) : undefined}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
