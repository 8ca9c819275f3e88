"use client";
// A case's budget per 年度 in 千円 as bars (stacked where the source gives sub-budgets). Hidden from
// assistive technology: the table beside it holds the same figures and their notes.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface BudgetBarPoint {
  label: string;
  [series: string]: string | number | null;
}

const COLOURS = ["#0017c1", "#115a36", "#c74700", "#6f23d0"];

export function BudgetChart({ points, series }: { points: BudgetBarPoint[]; series: { key: string; name: string }[] }) {
  return (
    <div aria-hidden="true" className="rounded-8 border border-solid-gray-420 bg-white p-2">
      <BarChart responsive accessibilityLayer={false} data={points} margin={{ top: 16, right: 24, bottom: 8, left: 16 }} style={{ width: "100%", height: 300 }}>
        <CartesianGrid stroke="#cccccc" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" />
        <YAxis tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" width={72} tickFormatter={(v: number) => v.toLocaleString("ja-JP")} />
        <Tooltip isAnimationActive={false} formatter={(v) => `${Number(v).toLocaleString("ja-JP")}千円`} />
        {series.length > 1 ? <Legend wrapperStyle={{ color: "#1a1a1a", fontSize: 14 }} /> : null}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="budget" fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
