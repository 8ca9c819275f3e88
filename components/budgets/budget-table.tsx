// The budgets of a 年度 as a table in 千円 (the chart's alternative), with a totals row.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import { formatThousandYen } from "@/lib/budgets/amounts";
import { budgetPageMessages as m } from "@/lib/budgets/page-messages";
import type { BudgetRow } from "@/lib/budgets/queries";

type Row = BudgetRow | { total: true; initialYen: number; supplementYen: number; amountYen: number; committedYen: number; paidYen: number; remainingYen: number };

const money = (pick: (r: Row) => number) => (r: Row) => formatThousandYen(pick(r));

export function BudgetTable({ year, rows }: { year: number; rows: BudgetRow[] }) {
  const sum = (pick: (r: BudgetRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const total: Row = {
    total: true,
    initialYen: sum((r) => r.initialYen),
    supplementYen: sum((r) => r.supplementYen),
    amountYen: sum((r) => r.amountYen),
    committedYen: sum((r) => r.committedYen),
    paidYen: sum((r) => r.paidYen),
    remainingYen: sum((r) => r.remainingYen),
  };
  const columns: Column<Row>[] = [
    {
      key: "line",
      header: m.col.line,
      rowHeader: true,
      cell: (r) =>
        "total" in r ? (
          m.total
        ) : (
          <>
            <Link href={`/admin/budgets/${r.fiscalYear}/${r.lineCode}`} className="text-blue-1000 underline">
              {r.lineName}
            </Link>
            {r.isSample ? <span className="ml-2"><SampleBadge /></span> : null}
            <span className="block text-dns-14N-130 font-normal text-solid-gray-700">{r.menus.length > 0 ? `${m.col.menus}：${r.menus.join("、")}` : m.noMenus}</span>
          </>
        ),
    },
    { key: "sites", header: m.col.sites, align: "end", nowrap: true, cell: (r) => ("total" in r ? "" : m.sites(r.plannedSites)) },
    { key: "initial", header: m.col.initial, align: "end", nowrap: true, cell: money((r) => r.initialYen) },
    { key: "supplement", header: m.col.supplement, align: "end", nowrap: true, cell: money((r) => r.supplementYen) },
    { key: "amount", header: m.col.amount, align: "end", nowrap: true, cell: money((r) => r.amountYen) },
    { key: "committed", header: m.col.committed, align: "end", nowrap: true, cell: money((r) => r.committedYen) },
    { key: "paid", header: m.col.paid, align: "end", nowrap: true, cell: money((r) => r.paidYen) },
    { key: "remaining", header: m.col.remaining, align: "end", nowrap: true, cell: money((r) => r.remainingYen) },
  ];
  return <DataTable caption={m.tableCaption(year)} columns={columns} rows={[...rows, total]} rowKey={(r) => ("total" in r ? "total" : r.lineCode)} footnote={<p>{m.source}</p>} />;
}
