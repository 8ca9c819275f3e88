"use client";
// One figure of the dashboard: its chart, or the table of the same numbers, switched with two
// buttons (aria-pressed), plus its CSV download. The chart is hidden from assistive technology
// (the summary above and the table hold the numbers); the table is one press away.
import { useState, type ReactNode } from "react";

export function ChartOrTable({ id, chart, table, csvHref, labels }: { id: string; chart: ReactNode; table: ReactNode; csvHref: string; labels: { chart: string; table: string; group: string; csv: string } }) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const button = (v: "chart" | "table", text: string) => (
    <button
      type="button"
      aria-pressed={view === v}
      aria-controls={`${id}-view`}
      onClick={() => setView(v)}
      className={`inline-flex min-h-11 items-center rounded-8 border px-4 text-std-16B-170 ${view === v ? "border-blue-900 bg-blue-900 text-white" : "border-blue-900 bg-white text-blue-900 hover:bg-blue-50 hover:underline"}`}
    >
      {text}
    </button>
  );
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label={labels.group} className="flex gap-2">
          {button("chart", labels.chart)}
          {button("table", labels.table)}
        </div>
        <a href={csvHref} download className="text-std-16N-170 text-blue-1000 underline">
          {labels.csv}
        </a>
      </div>
      <div id={`${id}-view`}>{view === "chart" ? chart : table}</div>
    </div>
  );
}
