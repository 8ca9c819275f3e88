// A case's budget trend: the chart and, always beside it, the table of the same figures with the
// source's own notes ("—", "無", funding, caps). Amounts are integer yen, shown in 千円.
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { goodPracticeMessages as m } from "@/lib/good-practices/messages";
import type { GoodPracticeBudgetDto } from "@/lib/good-practices/queries";
import { BudgetChart, type BudgetBarPoint } from "./budget-chart";

const columns: Column<GoodPracticeBudgetDto>[] = [
  { key: "year", header: m.fiscalYear, cell: (b) => `${formatFiscalYear(b.fiscalYear)}（${b.fiscalYear}年度）`, rowHeader: true, nowrap: true },
  { key: "item", header: m.item, cell: (b) => b.item || m.whole },
  { key: "amount", header: m.amount, cell: (b) => (b.amountYen === null ? m.noAmount : m.thousandYen(b.amountYen)), align: "end", nowrap: true },
  { key: "note", header: m.note, cell: (b) => b.note ?? "" },
];

export function BudgetTrend({ title, budgets, note }: { title: string; budgets: GoodPracticeBudgetDto[]; note: string | null }) {
  const items = [...new Set(budgets.map((b) => b.item))];
  const series = items.map((item, i) => ({ key: `s${i}`, name: item || m.whole }));
  const years = [...new Set(budgets.map((b) => b.fiscalYear))].sort((a, b) => a - b);
  const points: BudgetBarPoint[] = years.map((year) => {
    const point: BudgetBarPoint = { label: formatFiscalYear(year) };
    items.forEach((item, i) => {
      const b = budgets.find((x) => x.fiscalYear === year && x.item === item);
      point[`s${i}`] = b && b.amountYen !== null ? b.amountYen / 1000 : null;
    });
    return point;
  });
  return (
    <div className="space-y-4">
      {note ? <p className="whitespace-pre-line text-std-16N-170">{note}</p> : null}
      {budgets.length === 0 ? (
        <p className="text-std-16N-170">{m.noBudgets}</p>
      ) : (
        <>
          {budgets.some((b) => b.amountYen !== null) ? (
            <div className="max-w-[48em]">
              <BudgetChart points={points} series={series} />
            </div>
          ) : null}
          <DataTable caption={`${title}：${m.budgetTableCaption}`} columns={columns} rows={budgets} rowKey={(b) => `${b.fiscalYear}-${b.item}`} />
        </>
      )}
    </div>
  );
}
