// 審査: one application beside its caps and calculation steps, its 決裁 (propose, approve, return)
// and its documents as Excel.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ApprovalHistory } from "@/components/reviews/approval-history";
import { CalculationSteps } from "@/components/reviews/calculation-steps";
import { ProposalForm } from "@/components/reviews/proposal-form";
import { DataTable } from "@/components/ui/data-table";
import { DetailsList } from "@/components/ui/details-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getReviewDetail } from "@/lib/reviews/detail";
import { PURPOSE_LABELS, STATUS_LABELS } from "@/lib/reviews/labels";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";

export const metadata: Metadata = { title: m.queueTitle };

const rate = (r: { numerator: number; denominator: number } | null) => (r ? `${r.numerator}/${r.denominator}` : m.none);

export default async function ReviewPage({ params }: { params: Promise<{ applicationId: string }> }) {
  await connection();
  const { applicationId } = await params;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(`/admin/reviews/${applicationId}`)}`);
  let d;
  try {
    d = await getReviewDetail(actor, applicationId);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.queueTitle} message={err.message} />;
    throw err;
  }
  const open = d.approvals.find((a) => a.status === "IN_PROGRESS");
  const purpose = d.status === "SUBMITTED" || d.status === "RESUBMITTED" ? "DECISION" : d.status === "REPORTED" ? "CONFIRMATION" : null;
  const doc = (kind: string) => d.documents.find((x) => x.kind === kind);
  const base = `/application-documents/${d.id}`;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/reviews" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToQueue}
        </Link>
      </p>
      <PageHeading title={m.detailTitle(d.applicant)} />
      <section aria-labelledby="figures-heading" className="mb-12 space-y-6">
        <SectionHeading id="figures-heading">{m.figuresHeading}</SectionHeading>
        <DetailsList
          rows={[
            [m.rows.title, d.title],
            [m.rows.outline, d.outline || m.none],
            [m.rows.menu, d.menuName],
            [m.rows.year, formatFiscalYear(d.fiscalYear)],
            [m.rows.status, STATUS_LABELS[d.status] ?? d.status],
            [m.rows.total, m.yen(d.totalProjectCostYen)],
            [m.rows.other, m.yen(d.otherIncomeYen)],
            [m.rows.requested, m.yen(d.requestedYen)],
            [m.rows.ceiling, rate(d.ceiling)],
            [m.rows.decided, m.yen(d.decidedAmountYen)],
            [m.rows.decidedRate, rate(d.decidedRate)],
            [m.rows.confirmed, m.yen(d.confirmedAmountYen)],
          ]}
        />
        <DataTable
          caption={m.itemsCaption}
          rows={d.items.map((item, i) => ({ ...item, i }))}
          rowKey={(r) => String(r.i)}
          columns={[
            { key: "name", header: m.itemCol.name, rowHeader: true, cell: (r) => r.name },
            { key: "quantity", header: m.itemCol.quantity, align: "end", cell: (r) => r.quantity ?? m.none },
            { key: "cost", header: m.itemCol.cost, align: "end", nowrap: true, cell: (r) => m.yen(r.costYen) },
            { key: "actual", header: m.itemCol.actual, align: "end", nowrap: true, cell: (r) => m.yen(r.actualCostYen) },
          ]}
        />
      </section>
      <section aria-labelledby="calc-heading" className="mb-12 space-y-6">
        <SectionHeading id="calc-heading">{m.calcHeading}</SectionHeading>
        <CalculationSteps result={d.planned} caption={m.calcCaption(m.calcPlanned)} itemNames={d.itemNames} />
        {d.actual ? <CalculationSteps result={d.actual} caption={m.calcCaption(m.calcActual)} itemNames={d.itemNames} /> : null}
      </section>
      <section aria-labelledby="approvals-heading" className="mb-12 space-y-8">
        <SectionHeading id="approvals-heading">{m.approvalsHeading}</SectionHeading>
        {d.approvals.length === 0 ? <p className="text-std-16N-170">{m.noApprovals}</p> : null}
        {d.approvals.map((a) => (
          <ApprovalHistory key={a.id} approval={a} applicationId={d.id} />
        ))}
        {purpose && !open ? (
          <ProposalForm
            applicationId={d.id}
            purpose={purpose}
            defaultAmount={d.suggestedYen}
            defaultRate={rate(purpose === "CONFIRMATION" && d.decidedRate ? d.decidedRate : d.ceiling)}
            heading={m.proposeHeading(PURPOSE_LABELS[purpose])}
            stepsText={d.routeSteps[purpose].map((s) => s.label).join(" → ")}
          />
        ) : null}
      </section>
      <section aria-labelledby="documents-heading" className="mb-12">
        <SectionHeading id="documents-heading">{m.documentsHeading}</SectionHeading>
        <ul className="list-disc space-y-2 pl-6 text-std-16N-170">
          <li><a href={`${base}/plan`}>{m.docPlan}</a></li>
          <li><a href={`${base}/statement`}>{m.docStatement}</a></li>
          {doc("DECISION_NOTICE") ? <li><a href={`${base}/decision-notice`}>{m.docDecision(doc("DECISION_NOTICE")!.documentNumber)}</a></li> : null}
          {doc("CONFIRMATION_NOTICE") ? <li><a href={`${base}/confirmation-notice`}>{m.docConfirmation(doc("CONFIRMATION_NOTICE")!.documentNumber)}</a></li> : null}
        </ul>
      </section>
    </>
  );
}
