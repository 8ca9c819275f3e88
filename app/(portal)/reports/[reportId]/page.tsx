// One status report: the form while the lead 保健所 may edit it (draft, returned), otherwise the
// report read-only; the portal's figures (frozen at submission), 本庁's review, files and history.
// Reports the actor may not read answer 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ReportAttachmentForm } from "@/components/status-reports/attachment-form";
import { ReportEditor } from "@/components/status-reports/report-editor";
import { ReportFigures } from "@/components/status-reports/report-figures";
import { ReportHistory } from "@/components/status-reports/report-history";
import { ReportView } from "@/components/status-reports/report-view";
import { ReviewForms } from "@/components/status-reports/review-forms";
import { ReportStatusBadge } from "@/components/status-reports/status-badge";
import { DetailsList } from "@/components/ui/details-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { ATTACHMENT_MAX_BYTES } from "@/lib/attachments/pdf";
import { getActor } from "@/lib/auth/current";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { NotFoundError } from "@/lib/errors";
import { reviewSectionLabels } from "@/lib/status-reports/messages";
import { reportDetailMessages as m, reportPageMessages as pm } from "@/lib/status-reports/page-messages";
import { getReport } from "@/lib/status-reports/queries";
import type { ReviewSection } from "@/lib/status-reports/schema";

export const metadata: Metadata = { title: pm.title };

interface Props {
  params: Promise<{ reportId: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}

export default async function ReportPage({ params, searchParams }: Props) {
  await connection();
  const actor = await getActor();
  const [{ reportId }, { saved }] = await Promise.all([params, searchParams]);
  if (actor.kind === "public") redirect(`/login?next=/reports/${encodeURIComponent(reportId)}`);
  let r;
  try {
    r = await getReport(actor, /^\d{1,9}$/.test(reportId) ? Number(reportId) : 0);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <>
      <PageHeading
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
            {r.region.name} {formatFiscalYear(r.fiscalYear)}の状況報告
            {r.isSample ? <SampleBadge /> : null}
          </span>
        }
      />
      <div role="status" className="mb-8 empty:hidden">
        {saved === "1" ? <Notice title={m.saved} /> : null}
      </div>
      <section aria-labelledby="facts-heading" className="mb-12">
        <SectionHeading id="facts-heading">{m.facts}</SectionHeading>
        <DetailsList
          rows={[
            [m.status, <ReportStatusBadge key="s" status={r.status} />],
            [m.region, r.region.name],
            [m.fiscalYear, formatFiscalYear(r.fiscalYear)],
            [m.formVersion, m.formVersionValue(r.formVersion)],
            [m.version, String(r.version)],
          ]}
        />
        <p className="mt-4 text-std-16N-170">
          <a href={`/reports/${r.id}/export.xlsx`}>{pm.exportXlsx}</a>
        </p>
      </section>
      {r.reviewComments && r.status === "RETURNED" ? (
        <section aria-labelledby="comments-heading" className="mb-12">
          <Notice title={<span id="comments-heading">{m.commentsHeading}</span>} tone="warning">
            <ul className="list-disc pl-6" data-testid="review-comments">
              {Object.entries(r.reviewComments).map(([k, v]) => (
                <li key={k}>{reviewSectionLabels[k as ReviewSection] ?? k}：{v}</li>
              ))}
            </ul>
          </Notice>
        </section>
      ) : null}
      <section aria-labelledby="figures-heading" className="mb-12">
        <SectionHeading id="figures-heading">{m.figuresHeading}</SectionHeading>
        <ReportFigures facts={r.facts} frozen={r.factsFrozen} />
      </section>
      {r.can.edit ? (
        <ReportEditor reportId={r.id} initialVersion={r.version} initialContent={r.content} resubmission={r.status === "RETURNED"} />
      ) : (
        <>
          <p className="mb-8 text-std-16N-170">{r.status === "APPROVED" ? m.locked : m.readOnly}</p>
          <ReportView content={r.content} />
        </>
      )}
      <section aria-labelledby="attachments-heading" className="mb-12">
        <SectionHeading id="attachments-heading">{m.attachmentsHeading}</SectionHeading>
        {r.attachments.length === 0 ? (
          <p className="mb-4 text-std-16N-170">{m.noAttachments}</p>
        ) : (
          <ul className="mb-6 list-disc space-y-1 pl-6 text-std-16N-170">
            {r.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/reports/${r.id}/attachments/${a.id}`}>{a.fileName}</a>（PDF、{Math.max(1, Math.round(a.sizeBytes / 1024))}KB）
              </li>
            ))}
          </ul>
        )}
        {r.can.attach ? <ReportAttachmentForm reportId={r.id} maxMiB={ATTACHMENT_MAX_BYTES / 1024 / 1024} /> : null}
      </section>
      <ReviewForms reportId={r.id} version={r.version} review={r.can.review} reopen={r.can.reopen} />
      <section aria-labelledby="history-heading" className="mb-12">
        <SectionHeading id="history-heading">{m.historyHeading}</SectionHeading>
        <ReportHistory entries={r.history} municipalities={r.content.municipalities} />
      </section>
      <p className="text-std-16N-170">
        <Link href="/reports">{pm.backToList}</Link>
      </p>
    </>
  );
}
