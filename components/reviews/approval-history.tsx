// One 決裁: its proposal and each step with who approved or returned it, plus the act form when
// the signed-in reviewer may act on the current step.
import { DataTable } from "@/components/ui/data-table";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import type { ApprovalView } from "@/lib/reviews/detail";
import { APPROVAL_STATUS_LABELS, PURPOSE_LABELS } from "@/lib/reviews/labels";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";
import { ApprovalActForm } from "./approval-act-form";

export function ApprovalHistory({ approval, applicationId }: { approval: ApprovalView; applicationId: string }) {
  const current = approval.currentPosition ? approval.steps[approval.currentPosition - 1] : null;
  return (
    <div className="space-y-4">
      <p className="text-std-16N-170">{m.proposal(m.yen(approval.amountYen), `${approval.rate.numerator}/${approval.rate.denominator}`, approval.requestedBy)}</p>
      <DataTable
        caption={m.approvalCaption(PURPOSE_LABELS[approval.purpose], APPROVAL_STATUS_LABELS[approval.status])}
        rows={approval.steps}
        rowKey={(s) => String(s.position)}
        columns={[
          { key: "step", header: m.approvalCol.step, rowHeader: true, cell: (s) => `${s.position}. ${s.label}` },
          { key: "by", header: m.approvalCol.approver, cell: (s) => (s.act ? `${s.act.by}（${formatWarekiDateTime(s.act.at)}）` : m.none) },
          { key: "act", header: m.approvalCol.act, nowrap: true, cell: (s) => (s.act ? (s.act.action === "APPROVE" ? m.approved : m.returned) : m.waiting) },
          { key: "comment", header: m.approvalCol.comment, cell: (s) => s.act?.comment || m.none },
        ]}
      />
      {approval.mayAct && current ? <ApprovalActForm applicationId={applicationId} approvalId={approval.id} version={approval.version} stepLabel={current.label} /> : null}
    </div>
  );
}
