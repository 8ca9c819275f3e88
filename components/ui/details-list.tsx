// A label–value list (dl) in two columns from the small breakpoint: a record's details.
import type { ReactNode } from "react";

export function DetailsList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid max-w-[48em] grid-cols-1 gap-x-6 gap-y-2 text-std-16N-170 sm:grid-cols-[auto_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-std-16B-170">{k}</dt>
          <dd className="break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
