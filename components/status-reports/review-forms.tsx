// 本庁's review of a submitted report: return with comments per section, or approve; and reopening
// an approved report with a reason.
import { approveReportAction, reopenReportAction, returnReportAction } from "@/app/(portal)/reports/actions";
import { ActionForm } from "@/components/designations/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import { reviewSectionLabels } from "@/lib/status-reports/messages";
import { reportDetailMessages as m } from "@/lib/status-reports/page-messages";
import { REVIEW_SECTIONS } from "@/lib/status-reports/schema";

export function ReviewForms({ reportId, version, review, reopen }: { reportId: number; version: number; review: boolean; reopen: boolean }) {
  const hidden = { reportId: String(reportId), expectedVersion: String(version) };
  if (!review && !reopen) return null;
  return (
    <section aria-labelledby="review-heading" className="mb-12 space-y-8">
      <SectionHeading id="review-heading">{review ? m.reviewHeading : m.reopenHeading}</SectionHeading>
      {review ? (
        <>
          <ActionForm id="approve" action={approveReportAction} hidden={hidden} fields={[]} submit={m.approveSubmit} success={m.approveSuccess} />
          <ActionForm
            id="return"
            action={returnReportAction}
            hidden={hidden}
            fields={REVIEW_SECTIONS.map((s) => ({ name: `comment_${s}`, label: `差戻しコメント：${reviewSectionLabels[s]}`, type: "textarea" as const }))}
            submit={m.returnSubmit}
            success={m.returnSuccess}
          />
        </>
      ) : (
        <ActionForm id="reopen" action={reopenReportAction} hidden={hidden} fields={[{ name: "reason", label: m.reopenReason, type: "textarea", required: true }]} submit={m.reopenSubmit} success="" />
      )}
    </section>
  );
}
