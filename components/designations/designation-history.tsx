// A designation's history: what happened, when it took effect, why, and who recorded it.
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { eventKindLabels } from "@/lib/designations/messages";
import { designationDetailMessages as m, wareki } from "@/lib/designations/page-messages";
import type { DesignationEventView } from "@/lib/designations/queries";

const columns: Column<DesignationEventView>[] = [
  { key: "when", header: m.historyCol.when, cell: (e) => formatWarekiDateTime(new Date(e.occurredAt)), nowrap: true },
  { key: "what", header: m.historyCol.what, cell: (e) => eventKindLabels[e.kind] ?? e.kind, rowHeader: true },
  { key: "effective", header: m.historyCol.effective, cell: (e) => wareki(e.effectiveOn), nowrap: true },
  { key: "detail", header: m.historyCol.detail, cell: (e) => <span className="whitespace-pre-wrap">{e.reason ?? "—"}</span> },
  { key: "who", header: m.historyCol.who, cell: (e) => e.actorLabel },
];

export function DesignationHistory({ events }: { events: DesignationEventView[] }) {
  return <DataTable caption={m.historyCaption} columns={columns} rows={events} rowKey={(e) => String(e.id)} />;
}
