"use client";
// Budget execution by line: budget (現計), committed and paid side by side, in 千円. Hidden from
// assistive technology: the summary above it and the table below hold the same numbers.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface ExecutionBar {
  line: string;
  amount: number;
  committed: number;
  paid: number;
}

const COLOURS = { amount: "#0017c1", committed: "#c2410c", paid: "#115a36" }; // blue-900, orange, green-900
const thousands = new Intl.NumberFormat("ja-JP");

export function BudgetExecutionChart({ bars, labels }: { bars: ExecutionBar[]; labels: { amount: string; committed: string; paid: string; axis: string } }) {
  const height = Math.max(320, bars.length * 56 + 80);
  return (
    <div aria-hidden="true" className="rounded-8 border border-solid-gray-420 bg-white p-2">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={bars}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        style={{ width: "100%", height }}
      >
        <CartesianGrid stroke="#cccccc" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => thousands.format(v)} tick={{ fill: "#333333", fontSize: 13 }} stroke="#666666" unit={labels.axis} />
        <YAxis type="category" dataKey="line" width={290} tick={{ fill: "#333333", fontSize: 13 }} stroke="#666666" />
        <Tooltip isAnimationActive={false} formatter={(v) => `${thousands.format(Number(v))}${labels.axis}`} />
        <Legend itemSorter={null} wrapperStyle={{ color: "#1a1a1a", fontSize: 14 }} />
        <Bar dataKey="amount" name={labels.amount} fill={COLOURS.amount} isAnimationActive={false} />
        <Bar dataKey="committed" name={labels.committed} fill={COLOURS.committed} isAnimationActive={false} />
        <Bar dataKey="paid" name={labels.paid} fill={COLOURS.paid} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
