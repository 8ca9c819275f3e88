// 状況報告: the regions × 年度 overview with each report's state (本庁: all regions, with the
// deadline, reminders and the four-function gap matrix; a 保健所: the regions it leads or where its
// jurisdiction lies; the 支援センター: approved reports).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { CreateReportForm } from "@/components/status-reports/create-form";
import { DeadlineForms } from "@/components/status-reports/deadline-forms";
import { GapMatrix } from "@/components/status-reports/gap-matrix";
import { ReportStatusBadge } from "@/components/status-reports/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { formatWarekiDate, formatWarekiDateTime, fiscalYearOf } from "@/lib/dates/wareki";
import { dateOnly } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import { reportPageMessages as m } from "@/lib/status-reports/page-messages";
import { getReportsOverview, type OverviewRow } from "@/lib/status-reports/queries";

export const metadata: Metadata = { title: m.title };

interface Props {
  searchParams: Promise<{ year?: string | string[] }>;
}

export default async function ReportsPage({ searchParams }: Props) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/reports");
  const { year } = await searchParams;
  const current = fiscalYearOf(new Date());
  const fiscalYear = typeof year === "string" && /^20\d\d$/.test(year) ? Number(year) : current;
  let overview;
  try {
    overview = await getReportsOverview(actor, fiscalYear);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const years = [current - 2, current - 1, current, current + 1];
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="report-year" className="block text-std-16B-170">{m.yearLabel}</label>
          <select id="report-year" name="year" defaultValue={String(fiscalYear)} className="mt-2 rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170">
            {years.map((y) => (
              <option key={y} value={y}>{`令和${y - 2018}年度（${y}年度）`}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-12 rounded-8 border border-solid-gray-600 px-4 text-std-16B-170">{m.yearSubmit}</button>
      </form>
      <section aria-labelledby="overview-heading" className="mb-12">
        <SectionHeading id="overview-heading" aside={m.deadline(overview.dueOn ? formatWarekiDate(dateOnly(overview.dueOn)) : null)}>
          {m.overviewHeading(fiscalYear)}
        </SectionHeading>
        {overview.rows.length === 0 ? (
          <Notice title={m.none} />
        ) : (
          <DataTable
            caption={m.overviewCaption(fiscalYear, overview.rows.length)}
            rows={overview.rows}
            rowKey={(r) => String(r.region.id)}
            columns={[
              { key: "region", header: m.col.region, rowHeader: true, cell: (r: OverviewRow) => r.region.name },
              {
                key: "status",
                header: m.col.status,
                nowrap: true,
                cell: (r: OverviewRow) =>
                  r.report ? (
                    <span className="flex items-center gap-2">
                      <ReportStatusBadge status={r.report.status} />
                      {r.report.isSample ? <SampleBadge /> : null}
                    </span>
                  ) : (
                    m.notStarted
                  ),
              },
              { key: "submittedAt", header: m.col.submittedAt, nowrap: true, cell: (r: OverviewRow) => (r.report?.submittedAt ? formatWarekiDateTime(new Date(r.report.submittedAt)) : "—") },
              {
                key: "action",
                header: m.col.action,
                cell: (r: OverviewRow) =>
                  r.report ? (
                    <Link href={`/reports/${r.report.id}`}>{m.open}<span className="sr-only">（{r.region.name}）</span></Link>
                  ) : r.writable ? (
                    <CreateReportForm regionCode={r.region.code} regionName={r.region.name} fiscalYear={fiscalYear} />
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
        )}
        <p className="mt-4 text-std-16N-170">
          <a href={`/reports/export.csv?year=${fiscalYear}`}>{m.exportCsv}</a>
        </p>
      </section>
      {overview.mayReview ? (
        <section aria-labelledby="deadline-heading" className="mb-12">
          <SectionHeading id="deadline-heading">{m.deadlineHeading}</SectionHeading>
          <DeadlineForms fiscalYear={fiscalYear} dueOn={overview.dueOn} />
        </section>
      ) : null}
      <section aria-labelledby="matrix-heading" className="mb-12">
        <SectionHeading id="matrix-heading">{m.matrixHeading}</SectionHeading>
        <p className="mb-4 max-w-[48em] text-std-16N-170">{m.matrixLead}</p>
        <GapMatrix fiscalYear={fiscalYear} rows={overview.rows} />
      </section>
    </>
  );
}
