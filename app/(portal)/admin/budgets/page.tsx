// 予算: the budgets of a 年度 for 本庁 (管理者 and 担当) — the execution chart, its summary and the
// table of the same numbers in 千円. The 年度 is chosen with a GET form.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { BudgetExecutionChart } from "@/components/budgets/budget-execution-chart";
import { BudgetTable } from "@/components/budgets/budget-table";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { budgetPageMessages as m } from "@/lib/budgets/page-messages";
import { listBudgetYears, listBudgets } from "@/lib/budgets/queries";
import { FiscalYearParam } from "@/lib/budgets/schema";
import { fiscalYearOf } from "@/lib/dates/wareki";
import { ForbiddenError } from "@/lib/errors";

export const metadata: Metadata = { title: m.title };

export default async function BudgetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/admin/budgets")}`);
  const { year: rawYear } = await searchParams;
  let years: number[];
  try {
    years = await listBudgetYears(actor);
  } catch (err) {
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const requested = FiscalYearParam.safeParse(Array.isArray(rawYear) ? rawYear[0] : rawYear);
  const current = fiscalYearOf(new Date());
  const year = requested.success && years.includes(requested.data) ? requested.data : years.includes(current) ? current : (years[0] ?? current);
  const rows = years.length > 0 ? await listBudgets(actor, year) : [];
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <form method="get" action="/admin/budgets" aria-labelledby="year-heading" className="mb-10 flex flex-wrap items-end gap-4">
        <h2 id="year-heading" className="sr-only">
          {m.yearHeading}
        </h2>
        <div>
          <label htmlFor="year" className="block text-std-16B-170">
            {m.yearLabel}
          </label>
          <select id="year" name="year" defaultValue={String(year)} className="mt-2 rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170">
            {years.map((y) => (
              <option key={y} value={y}>
                {m.yearOption(y, false)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="inline-flex min-h-12 items-center rounded-8 border border-blue-900 bg-white px-6 text-std-16B-170 text-blue-900 hover:bg-blue-50 hover:underline">
          {m.yearSubmit}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="text-std-16N-170">{m.noBudgets}</p>
      ) : (
        <section aria-labelledby="execution-heading">
          <SectionHeading id="execution-heading">{m.chartHeading}</SectionHeading>
          <div className="space-y-6">
            <p className="max-w-[56em] text-std-16N-170">{m.chartSummary(year, sum((r) => r.amountYen), sum((r) => r.committedYen), sum((r) => r.paidYen))}</p>
            <BudgetExecutionChart
              bars={rows.map((r) => ({ line: r.lineName, amount: Math.trunc(r.amountYen / 1000), committed: Math.trunc(r.committedYen / 1000), paid: Math.trunc(r.paidYen / 1000) }))}
              labels={{ ...m.chartBars, axis: m.chartAxis }}
            />
            <BudgetTable year={year} rows={rows} />
          </div>
        </section>
      )}
    </>
  );
}
