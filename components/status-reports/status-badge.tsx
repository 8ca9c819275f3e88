// Badges of a report's state and of a function's state: the label carries the meaning, the colour
// (and a symbol for function states) supports it.
import { Badge } from "@/components/ui/badge";
import type { FunctionState } from "@/lib/status-reports/form-v1";
import { functionStateLabels, reportStatusLabels } from "@/lib/status-reports/messages";
import type { ReportStatus } from "@/lib/status-reports/schema";

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const tone = status === "APPROVED" ? "purple" : status === "RETURNED" || status === "SUBMITTED" ? "orange" : "gray";
  return <Badge tone={tone}>{reportStatusLabels[status]}</Badge>;
}

const functionTone: Record<FunctionState, string> = {
  SUFFICIENT: "border-green-900 bg-green-50 text-solid-gray-900",
  PARTLY_SHORT: "border-yellow-900 bg-yellow-50 text-solid-gray-900",
  SHORT: "border-red-900 bg-red-50 text-solid-gray-900",
};
const functionSymbol: Record<FunctionState, string> = { SUFFICIENT: "○", PARTLY_SHORT: "△", SHORT: "×" };

export function FunctionStateBadge({ state }: { state: FunctionState }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-4 border px-2 py-0.5 text-dns-14B-120 ${functionTone[state]}`}>
      <span aria-hidden="true">{functionSymbol[state]}</span>
      {functionStateLabels[state]}
    </span>
  );
}
