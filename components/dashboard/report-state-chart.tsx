"use client";
// Status reports per 年度 as stacked bars (未作成, 下書き, 差戻し, 提出済み, 承認済み). Hidden from
// assistive technology: the summary and the table hold the same numbers.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface ReportStateBar {
  label: string;
  notStarted: number;
  DRAFT: number;
  RETURNED: number;
  SUBMITTED: number;
  APPROVED: number;
}

const SERIES = [
  ["notStarted", "#999999"],
  ["DRAFT", "#c2410c"],
  ["RETURNED", "#b91c1c"],
  ["SUBMITTED", "#0017c1"],
  ["APPROVED", "#115a36"],
] as const;

export function ReportStateChart({ bars, labels }: { bars: ReportStateBar[]; labels: Record<(typeof SERIES)[number][0], string> }) {
  return (
    <div aria-hidden="true" className="rounded-8 border border-solid-gray-420 bg-white p-2">
      <BarChart responsive accessibilityLayer={false} data={bars} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} style={{ width: "100%", height: 300 }}>
        <CartesianGrid stroke="#cccccc" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" />
        <YAxis allowDecimals={false} tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" width={48} />
        <Tooltip isAnimationActive={false} />
        <Legend itemSorter={null} wrapperStyle={{ color: "#1a1a1a", fontSize: 14 }} />
        {SERIES.map(([key, colour]) => (
          <Bar key={key} dataKey={key} name={labels[key]} stackId="reports" fill={colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
