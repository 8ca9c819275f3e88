// The calculation's steps as a table: each cap, what decided it, and the amount after it.
import { DataTable } from "@/components/ui/data-table";
import type { CalculationResult, CalculationStep } from "@/lib/subsidies/calculation";
import { reviewPageMessages as m } from "@/lib/reviews/page-messages";

const yen = (n: number | null) => m.yen(n);

function describe(s: CalculationStep, itemNames: Record<string, string>): [string, string] {
  switch (s.step) {
    case "item":
      return [`経費「${itemNames[s.itemCode] ?? s.itemCode}」`, `経費 ${yen(s.costYen)}、基準額 ${s.capYen === null ? "なし" : yen(s.capYen)}（${s.decidedBy === "cost" ? "経費による" : "基準額による"}）`];
    case "menuCap":
      return ["メニューの基準額", `経費の合計 ${yen(s.sumYen)}、基準額 ${s.capYen === null ? "なし" : yen(s.capYen)}`];
    case "netCost":
      return ["総事業費－収入", `${yen(s.totalProjectCostYen)} − ${yen(s.otherIncomeYen)} = ${yen(s.netCostYen)}`];
    case "rate":
      return ["補助率", `${s.rate.numerator}/${s.rate.denominator}（上限 ${s.ceiling.numerator}/${s.ceiling.denominator}）`];
    case "appliedAmount":
      return ["決定額の指定", `${yen(s.appliedAmountYen)}（${s.decidedBy === "appliedAmount" ? "指定額による" : "算定額による"}）`];
    case "rounding":
      return ["千円未満切捨て", `切り捨て ${yen(s.roundedOffYen)}`];
  }
}

export function CalculationSteps({ result, caption, itemNames }: { result: CalculationResult; caption: string; itemNames: Record<string, string> }) {
  if (!result.ok) return <p className="text-std-16N-170">{m.calcFailed}</p>;
  const rows = result.steps.map((s, i) => ({ i, s, d: describe(s, itemNames) }));
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => String(r.i)}
      columns={[
        { key: "step", header: m.stepCol.step, rowHeader: true, cell: (r) => r.d[0] },
        { key: "detail", header: m.stepCol.detail, cell: (r) => r.d[1] },
        { key: "amount", header: m.stepCol.amount, align: "end", nowrap: true, cell: (r) => yen(r.s.amountYen) },
      ]}
      footnote={`算定額 ${yen(result.subsidyYen)}`}
    />
  );
}
