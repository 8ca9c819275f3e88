// A report read-only (submitted, approved, or for readers who may not edit): the same sections as
// the form, as lists and tables.
import { DataTable } from "@/components/ui/data-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { FUNCTION_KEYS, MUNICIPAL_ITEMS, type ReportContentV1, type ReportEvent } from "@/lib/status-reports/form-v1";
import { functionLabels, itemStateLabels, municipalItemLabels } from "@/lib/status-reports/messages";
import { editorMessages as m } from "@/lib/status-reports/page-messages";
import { FunctionStateBadge } from "./status-badge";
import { ReportIndex } from "./report-index";

const text = (v: string) => (v ? <span className="whitespace-pre-wrap">{v}</span> : "—");

function Events({ title, rows }: { title: string; rows: ReportEvent[] }) {
  if (rows.length === 0) return <p className="mb-4 text-std-16N-170">{title}：—</p>;
  return (
    <DataTable
      caption={title}
      rows={rows.map((r, i) => ({ ...r, i }))}
      rowKey={(r) => String(r.i)}
      columns={[
        { key: "date", header: m.eventDate, cell: (r) => r.date || "—", nowrap: true },
        { key: "title", header: m.eventTitle, cell: (r) => r.title || "—", rowHeader: true },
        { key: "participants", header: m.eventParticipants, cell: (r) => (r.participants === null ? "—" : `${r.participants}人`), align: "end" },
      ]}
    />
  );
}

export function ReportView({ content }: { content: ReportContentV1 }) {
  return (
    <>
      <ReportIndex />
      <section aria-labelledby="functions-heading" className="mb-12">
        <SectionHeading id="functions-heading">{m.functionsHeading}</SectionHeading>
        <div className="space-y-6">
          {FUNCTION_KEYS.map((k) => {
            const f = content.functions[k];
            return (
              <div key={k}>
                <h3 className="mb-2 flex items-center gap-3 text-std-18B-160">
                  {functionLabels[k]} {f.state ? <FunctionStateBadge state={f.state} /> : "—"}
                </h3>
                <dl className="grid gap-x-6 gap-y-1 text-std-16N-170 sm:grid-cols-[10em_1fr]">
                  <dt className="text-std-16B-170">{m.issues}</dt>
                  <dd>{text(f.issues)}</dd>
                  <dt className="text-std-16B-170">{m.measures}</dt>
                  <dd>{text(f.measures)}</dd>
                  <dt className="text-std-16B-170">指標</dt>
                  <dd>{text(f.indicators)}</dd>
                </dl>
              </div>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="council-heading" className="mb-12 space-y-4">
        <SectionHeading id="council-heading">{m.councilHeading}</SectionHeading>
        <Events title={m.meetings} rows={content.council.meetings} />
        <p className="text-std-16N-170"><span className="text-std-16B-170">{m.workingGroups}：</span>{text(content.council.workingGroups)}</p>
        <Events title={m.trainings} rows={content.council.trainings} />
        <Events title={m.publicLectures} rows={content.council.publicLectures} />
      </section>
      <section aria-labelledby="municipalities-heading" className="mb-12">
        <SectionHeading id="municipalities-heading">{m.municipalitiesHeading}</SectionHeading>
        <DataTable
          caption={m.municipalitiesHeading}
          rows={content.municipalities}
          rowKey={(r) => r.code}
          columns={[
            { key: "name", header: "市町村", cell: (r) => r.name, rowHeader: true, nowrap: true },
            ...MUNICIPAL_ITEMS.map((k) => ({
              key: k,
              header: municipalItemLabels[k].slice(0, 4),
              cell: (r: ReportContentV1["municipalities"][number]) => (
                <span title={municipalItemLabels[k]}>
                  {r.items[k].state ? itemStateLabels[r.items[k].state] : "—"}
                  {r.items[k].note ? <span className="block text-dns-14N-130">{r.items[k].note}</span> : null}
                </span>
              ),
            })),
          ]}
        />
      </section>
      <section aria-labelledby="coordination-heading" className="mb-12">
        <SectionHeading id="coordination-heading">{m.coordinationHeading}</SectionHeading>
        <p className="text-std-16N-170">{text(content.coordination)}</p>
        <p className="mt-4 text-std-16N-170"><span className="text-std-16B-170">{m.remarks}：</span>{text(content.remarks)}</p>
      </section>
    </>
  );
}

