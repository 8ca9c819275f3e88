"use client";
// A 在宅医療圏's counts of 在支診・在支病 across the imported lists, as lines. Hidden from
// assistive technology: the table beside it holds the same numbers and the summary says what the
// chart shows. A point where the region did not exist is null, so the line breaks there.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendPoint {
  /** The list's 現在 date in 和暦. */
  label: string;
  clinics: number | null;
  hospitals: number | null;
}

const CLINIC_COLOUR = "#0017c1"; // blue-900
const HOSPITAL_COLOUR = "#115a36"; // green-900

export function FacilityTrendChart({ points, lines }: { points: TrendPoint[]; lines: { clinics: string; hospitals: string } }) {
  return (
    <div aria-hidden="true" className="rounded-8 border border-solid-gray-420 bg-white p-2">
      <LineChart
        responsive
        accessibilityLayer={false}
        data={points}
        margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
        style={{ width: "100%", height: 300 }}
      >
        <CartesianGrid stroke="#cccccc" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" padding={{ left: 24, right: 24 }} />
        <YAxis allowDecimals={false} tick={{ fill: "#333333", fontSize: 14 }} stroke="#666666" width={48} />
        <Tooltip isAnimationActive={false} />
        <Legend itemSorter={null} wrapperStyle={{ color: "#1a1a1a", fontSize: 14 }} />
        <Line
          type="linear"
          dataKey="clinics"
          name={lines.clinics}
          stroke={CLINIC_COLOUR}
          strokeWidth={3}
          dot={{ r: 5, fill: CLINIC_COLOUR }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="hospitals"
          name={lines.hospitals}
          stroke={HOSPITAL_COLOUR}
          strokeWidth={3}
          strokeDasharray="8 4"
          dot={{ r: 5, fill: "#ffffff", strokeWidth: 3, strokeDasharray: "0" }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
