// The application's history: each step with who, when and the comment.
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { eventKindLabels } from "@/lib/applications/messages";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import type { ApplicationView } from "@/lib/applications/queries";

/** The eligibility outcome checkSubsidyEligibility gave at submission, if recorded. */
function eligibilityOf(data: unknown): string | null {
  const e = (data as { eligibility?: { outcome?: string } | null } | null)?.eligibility;
  return e?.outcome ?? null;
}

export function ApplicationHistory({ events }: { events: ApplicationView["events"] }) {
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.id} className="border-l-4 border-solid-gray-420 pl-4 text-std-16N-170">
          <p>
            <span className="font-bold">{eventKindLabels[e.kind] ?? e.kind}</span>（{e.actorLabel}・{formatWarekiDateTime(e.occurredAt)}）
          </p>
          {e.comment ? <p className="whitespace-pre-wrap">{e.comment}</p> : null}
          {eligibilityOf(e.data) ? <p>{`${m.eligibility}：${m.eligibilityOutcome[eligibilityOf(e.data)!] ?? eligibilityOf(e.data)}`}</p> : null}
        </li>
      ))}
    </ol>
  );
}
