// The steps of a calculation as a table: what each step compared, the amount in 円 and 千円, and
// the bound that decided it.
import { DataTable } from "@/components/ui/data-table";
import type { CalculationStep } from "@/lib/subsidies/calculation";
import { decidedByNames, formatRate, formatThousandYen, formatYen, stepNames } from "@/lib/subsidies/messages";
import { pageMessages as m } from "@/lib/subsidies/page-messages";

function stepLabel(step: CalculationStep, itemNames: Record<string, string>): string {
  switch (step.step) {
    case "item":
      return `${itemNames[step.itemCode] ?? step.itemCode}: 基準額 ${step.capYen === null ? "なし" : formatYen(step.capYen)}、実支出予定額 ${formatYen(step.costYen)}`;
    case "menuCap":
      return `${stepNames.menuCap}: 合計 ${formatYen(step.sumYen)}、基準額 ${step.capYen === null ? "なし" : formatYen(step.capYen)}`;
    case "netCost":
      return `${stepNames.netCost}: ${formatYen(step.totalProjectCostYen)} − ${formatYen(step.otherIncomeYen)} = ${formatYen(step.netCostYen)}`;
    case "rate":
      return `${stepNames.rate}: ${formatRate(step.rate)}`;
    case "appliedAmount":
      return `${stepNames.appliedAmount}: ${formatYen(step.appliedAmountYen)}`;
    case "rounding":
      return `${stepNames.rounding}（切り捨てた額 ${formatYen(step.roundedOffYen)}）`;
  }
}

export function CalculationSteps({ steps, itemNames }: { steps: CalculationStep[]; itemNames: Record<string, string> }) {
  const rows = steps.map((s, i) => ({ key: `${i}`, step: s }));
  return (
    <DataTable
      caption={m.stepsCaption}
      columns={[
        { key: "step", header: m.stepHeader, cell: (r) => stepLabel(r.step, itemNames), rowHeader: true },
        { key: "yen", header: m.amountHeader, cell: (r) => formatYen(r.step.amountYen), align: "end", nowrap: true },
        { key: "thousand", header: m.thousandHeader, cell: (r) => formatThousandYen(r.step.amountYen), align: "end", nowrap: true },
        { key: "decided", header: m.decidedHeader, cell: (r) => ("decidedBy" in r.step ? decidedByNames[r.step.decidedBy] : "—") },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}
