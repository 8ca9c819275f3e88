import type { ReactNode } from "react";

/** A description list laid out as a grid of figures; holds StatCard items. */
export function StatGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-3">
      {children}
    </dl>
  );
}

/** One figure: what it counts, the number and its unit, and an optional note below. */
export function StatCard({ label, value, unit, note }: { label: ReactNode; value: string; unit?: string; note?: ReactNode }) {
  return (
    <div className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-white p-4 sm:p-5">
      <dt className="text-std-16B-170 text-solid-gray-800">{label}</dt>
      <dd>
        <span className="text-std-32B-150 tabular-nums text-solid-gray-900">{value}</span>
        {unit ? <span className="ml-1 text-std-16N-170 text-solid-gray-800">{unit}</span> : null}
      </dd>
      {note ? <dd className="text-dns-16N-130 text-solid-gray-700">{note}</dd> : null}
    </div>
  );
}
