import { SampleBadge } from "@/components/ui/sample-badge";
import type { HealthCenterRef } from "@/lib/regions/queries";

/** 保健所 names, one a line, each demo one marked サンプル; `empty` when there are none. */
export function HealthCenterNames({ centers, empty }: { centers: HealthCenterRef[]; empty: string }) {
  if (centers.length === 0) return <span className="text-solid-gray-700">{empty}</span>;
  return (
    <ul className="space-y-1">
      {centers.map((c) => (
        <li key={c.name} className="with-badges">
          <span>{c.name}</span>
          {c.isSample ? <SampleBadge /> : null}
        </li>
      ))}
    </ul>
  );
}
