// The portal's own figures in a report: facility counts and designations, with their as-of dates;
// frozen at submission.
import { formatWarekiDate } from "@/lib/dates/wareki";
import { dateOnly } from "@/lib/dates/date-only";
import { designationTypeShortLabels } from "@/lib/designations/messages";
import type { ReportFacts } from "@/lib/status-reports/facts";
import { reportDetailMessages as m } from "@/lib/status-reports/page-messages";

const w = (d: string | null) => (d ? formatWarekiDate(dateOnly(d)) : null);

export function ReportFigures({ facts, frozen }: { facts: ReportFacts; frozen: boolean }) {
  return (
    <div className="space-y-3 text-std-16N-170">
      <p>{frozen ? m.figuresFrozen(w(facts.designationsAsOf) ?? "") : m.figuresLive}</p>
      <p>{m.facilitiesAsOf(w(facts.facilitiesAsOf))}</p>
      {facts.clinics && facts.hospitals ? (
        <ul className="list-disc pl-6" data-testid="report-facility-counts">
          <li>{m.clinics}：{facts.clinics.total}か所（機能強化型（単独）{facts.clinics.type1}、機能強化型（連携）{facts.clinics.type2}、従来型{facts.clinics.type3}）</li>
          <li>{m.hospitals}：{facts.hospitals.total}か所（機能強化型（単独）{facts.hospitals.type1}、機能強化型（連携）{facts.hospitals.type2}、従来型{facts.hospitals.type3}）</li>
        </ul>
      ) : null}
      <p>{m.designationsAsOf(w(facts.designationsAsOf) ?? "")}</p>
      {facts.designations.length === 0 ? (
        <p>{m.designationsNone}</p>
      ) : (
        <ul className="list-disc pl-6">
          {facts.designations.map((d, i) => (
            <li key={i}>{designationTypeShortLabels[d.type as keyof typeof designationTypeShortLabels] ?? d.type}：{d.organisation}{d.designatedOn ? `（${w(d.designatedOn)}指定）` : ""}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
