// The report's history, newest first: who did what, return comments, and for each (re)submission
// what changed since the previous one.
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import type { ReportContentV1 } from "@/lib/status-reports/form-v1";
import { reviewSectionLabels } from "@/lib/status-reports/messages";
import { reportDetailMessages as m, pathLabel } from "@/lib/status-reports/page-messages";
import type { ReportHistoryEntry } from "@/lib/status-reports/queries";
import type { ReviewSection } from "@/lib/status-reports/schema";

export function ReportHistory({ entries, municipalities }: { entries: ReportHistoryEntry[]; municipalities: ReportContentV1["municipalities"] }) {
  if (entries.length === 0) return <p className="text-std-16N-170">{m.historyNone}</p>;
  return (
    <ol className="space-y-4 text-std-16N-170">
      {entries.map((e) => (
        <li key={e.id} className="border-l-4 border-solid-gray-420 pl-4">
          <p>
            <span className="text-std-16B-170">{m.eventLabels[e.kind] ?? e.kind}</span>（{m.version}{e.version}）— {e.actorLabel}、{formatWarekiDateTime(new Date(e.occurredAt))}
          </p>
          {e.reason ? <p className="whitespace-pre-wrap">{e.reason}</p> : null}
          {e.comments ? (
            <ul className="list-disc pl-6">
              {Object.entries(e.comments).map(([k, v]) => (
                <li key={k}>{reviewSectionLabels[k as ReviewSection] ?? k}：{v}</li>
              ))}
            </ul>
          ) : null}
          {e.changes ? (
            <details className="mt-2">
              <summary>{e.changes.length ? m.changesSummary(e.changes.length) : m.noChanges}</summary>
              <ul className="list-disc pl-6">
                {e.changes.map((c) => (
                  <li key={c.path}>{pathLabel(c.path, municipalities)}：「{c.before || "（空欄）"}」→「{c.after || "（空欄）"}」</li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
