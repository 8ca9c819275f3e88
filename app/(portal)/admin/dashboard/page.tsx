// ダッシュボード (本庁): where the prefecture stands — designations against the roadmap, budget
// execution per 予算事業 in the chosen 年度, 在支診・在支病 per snapshot, report states per 年度 and
// overdue items. Each chart switches to the table of the same numbers and has a CSV download.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { BudgetExecutionChart } from "@/components/budgets/budget-execution-chart";
import { ChartOrTable } from "@/components/dashboard/chart-or-table";
import { BudgetExecutionTable, FacilityTrendTable, ReportStateTable, RoadmapTable } from "@/components/dashboard/dashboard-tables";
import { OverdueLists } from "@/components/dashboard/overdue-lists";
import { ReportStateChart } from "@/components/dashboard/report-state-chart";
import { RoadmapChart } from "@/components/designations/roadmap-chart";
import { FacilityTrendChart } from "@/components/facilities/facility-trend-chart";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { dashboardMessages as m } from "@/lib/dashboard/messages";
import { getDashboard, type Dashboard } from "@/lib/dashboard/queries";
import { DashboardYearSchema, type DashboardTable } from "@/lib/dashboard/schema";
import { thousandYen } from "@/lib/dashboard/shape";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { wareki } from "@/lib/designations/page-messages";
import { ForbiddenError } from "@/lib/errors";

export const metadata: Metadata = { title: m.title };

function Figure({ id, title, summary, chart, table, csv, year }: { id: DashboardTable; title: string; summary: string; chart: React.ReactNode; table: React.ReactNode; csv: boolean; year: number }) {
  const labels = { chart: m.view.chart, table: m.view.table, group: m.view.group(title), csv: m.csv(title) };
  const csvHref = `/admin/dashboard/export?table=${id}${id === "budgets" ? `&year=${year}` : ""}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-12">
      <SectionHeading id={`${id}-heading`}>{title}</SectionHeading>
      <p className="mb-4 max-w-[56em] text-std-16N-170">{summary}</p>
      {csv ? <ChartOrTable id={id} chart={chart} table={table} csvHref={csvHref} labels={labels} /> : table}
    </section>
  );
}

function Sections({ d }: { d: Dashboard }) {
  const latest = d.facilities.at(-1);
  const currentReports = d.reports.find((r) => r.fiscalYear === d.currentFiscalYear);
  const t = d.budgets.totals;
  return (
    <>
      <Figure
        id="roadmap" year={d.fiscalYear} csv title={m.roadmap.heading}
        summary={m.roadmap.summary(d.roadmap.doneToday, d.roadmap.baseToday, d.roadmap.regionCount)}
        chart={<RoadmapChart points={d.roadmap.rows.map((r) => ({ label: formatFiscalYear(r.fiscalYear), planned: r.plannedCumulative, base: r.base, done: r.done }))} lines={m.roadmap.lines} />}
        table={<RoadmapTable rows={d.roadmap.rows} />}
      />
      <Figure
        id="budgets" year={d.fiscalYear} csv={d.budgets.rows.length > 0} title={m.budgets.heading(d.fiscalYear)}
        summary={d.budgets.rows.length > 0 ? m.budgets.summary(d.fiscalYear, t.amountYen, t.committedYen, t.paidYen) : m.budgets.empty(d.fiscalYear)}
        chart={<BudgetExecutionChart bars={d.budgets.rows.map((r) => ({ line: r.lineName, amount: thousandYen(r.amountYen), committed: thousandYen(r.committedYen), paid: thousandYen(r.paidYen) }))} labels={{ ...m.budgets.bars, axis: m.thousand }} />}
        table={d.budgets.rows.length > 0 ? <BudgetExecutionTable year={d.fiscalYear} budgets={d.budgets} /> : null}
      />
      <Figure
        id="facilities" year={d.fiscalYear} csv={latest !== undefined} title={m.facilities.heading}
        summary={latest ? m.facilities.summary(wareki(d.facilities[0].asOf), wareki(latest.asOf), latest.clinics.total, latest.hospitals.total) : m.facilities.empty}
        chart={<FacilityTrendChart points={d.facilities.map((r) => ({ label: wareki(r.asOf), clinics: r.clinics.total, hospitals: r.hospitals.total }))} lines={m.facilities.lines} />}
        table={latest ? <FacilityTrendTable rows={d.facilities} /> : null}
      />
      <Figure
        id="reports" year={d.fiscalYear} csv title={m.reports.heading}
        summary={m.reports.summary(d.currentFiscalYear, currentReports?.counts.APPROVED ?? 0, d.roadmap.regionCount)}
        chart={<ReportStateChart bars={[...d.reports].reverse().map((r) => ({ label: formatFiscalYear(r.fiscalYear), notStarted: r.notStarted, ...r.counts }))} labels={m.reports.col} />}
        table={<ReportStateTable rows={d.reports} />}
      />
      <section aria-labelledby="overdue-heading" className="mb-12">
        <SectionHeading id="overdue-heading">{m.overdue.heading}</SectionHeading>
        <p className="mb-4 max-w-[56em] text-std-16N-170">
          {m.overdue.lead} <a href="/admin/dashboard/export?table=overdue">{m.csv(m.overdue.heading)}</a>
        </p>
        <OverdueLists lists={d.overdue} today={d.today} />
      </section>
    </>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent("/admin/dashboard")}`);
  const { year: raw } = await searchParams;
  const requested = DashboardYearSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  let d: Dashboard;
  try {
    d = await getDashboard(actor, { fiscalYear: requested.success ? requested.data : null });
  } catch (err) {
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <form method="get" action="/admin/dashboard" aria-labelledby="year-heading" className="mb-10 flex flex-wrap items-end gap-4">
        <h2 id="year-heading" className="sr-only">{m.yearHeading}</h2>
        <div>
          <label htmlFor="year" className="block text-std-16B-170">{m.yearLabel}</label>
          <select id="year" name="year" defaultValue={String(d.fiscalYear)} className="mt-2 rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170">
            {d.years.map((y) => (
              <option key={y} value={y}>{m.yearOption(y)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="inline-flex min-h-12 items-center rounded-8 border border-blue-900 bg-white px-6 text-std-16B-170 text-blue-900 hover:bg-blue-50 hover:underline">
          {m.yearSubmit}
        </button>
      </form>
      <Sections d={d} />
    </>
  );
}
