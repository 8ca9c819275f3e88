"use client";
// Planned vs actual per 年度, cumulative: the plan as a line, regions with a 拠点 and regions with
// both designations as bars. Hidden from assistive technology: the table beside it holds the same
// numbers and the summary says what it shows. 年度 not yet reached have no actual bars.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

export interface RoadmapPoint {
  label: string;
  planned: number;
  base: number | null;
  done: number | null;
}

const PLAN = "#0017c1"; // blue-900
const BASE = "#7a3ab6"; // purple-700
const DONE = "#115a36"; // green-900

export function RoadmapChart({ points, lines }: { points: RoadmapPoint[]; lines: { planned: string; base: string; done: string } }) {
  return (
    <div aria-hidden="true" className="rounded-8 border border-solid-gray-420 bg-white p-2">
      <ComposedChart responsive accessibilityLayer={false} data={points} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} style={{ width: "100%", height: 320 }}>
        <CartesianGrid stroke="#cccccc" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" />
        <YAxis allowDecimals={false} tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" width={48} />
        <Tooltip isAnimationActive={false} />
        <Legend itemSorter={null} wrapperStyle={{ color: "#1a1a1a", fontSize: 14 }} />
        <Bar dataKey="base" name={lines.base} fill={BASE} isAnimationActive={false} />
        <Bar dataKey="done" name={lines.done} fill={DONE} isAnimationActive={false} />
        <Line type="linear" dataKey="planned" name={lines.planned} stroke={PLAN} strokeWidth={3} strokeDasharray="8 4" dot={{ r: 5, fill: "#ffffff", strokeWidth: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
