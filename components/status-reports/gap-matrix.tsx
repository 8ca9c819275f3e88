// The four-function gap matrix: regions × functions, each cell coloured AND labelled (○ 充足,
// △ 一部不足, × 不足), as a real table — so the table is its own text alternative.
import Link from "next/link";
import { FUNCTION_KEYS } from "@/lib/status-reports/form-v1";
import { functionLabels } from "@/lib/status-reports/messages";
import { reportPageMessages as m } from "@/lib/status-reports/page-messages";
import type { OverviewRow } from "@/lib/status-reports/queries";
import { FunctionStateBadge, ReportStatusBadge } from "./status-badge";

export function GapMatrix({ fiscalYear, rows }: { fiscalYear: number; rows: OverviewRow[] }) {
  const reported = rows.filter((r) => r.report && (r.report.status === "SUBMITTED" || r.report.status === "APPROVED"));
  if (reported.length === 0) return <p className="text-std-16N-170">{m.matrixEmpty}</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={m.matrixCaption(fiscalYear)}>
      <table className="w-full border-collapse text-std-16N-170" data-testid="gap-matrix">
        <caption className="mb-2 text-left text-std-16B-170">{m.matrixCaption(fiscalYear)}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-solid-gray-420 p-2 text-left">{m.col.region}</th>
            <th scope="col" className="border border-solid-gray-420 p-2 text-left">{m.col.status}</th>
            {FUNCTION_KEYS.map((k) => (
              <th key={k} scope="col" className="border border-solid-gray-420 p-2 text-left">{functionLabels[k]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reported.map((r) => (
            <tr key={r.region.id}>
              <th scope="row" className="border border-solid-gray-420 p-2 text-left">
                <Link href={`/reports/${r.report!.id}`}>{r.region.name}</Link>
              </th>
              <td className="border border-solid-gray-420 p-2"><ReportStatusBadge status={r.report!.status} /></td>
              {FUNCTION_KEYS.map((k) => {
                const s = r.report!.functions[k];
                return <td key={k} className="border border-solid-gray-420 p-2">{s ? <FunctionStateBadge state={s} /> : "—"}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
