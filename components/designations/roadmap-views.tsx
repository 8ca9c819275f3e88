// The roadmap's views, shared by the public page and the internal one: planned vs actual per 年度
// (chart, summary and the table of the same numbers), and the regions one by one (planned 年度,
// what is designated, whether it is behind plan); the internal page adds candidates.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { designationStatusLabels } from "@/lib/designations/messages";
import { roadmapMessages as m, wareki } from "@/lib/designations/page-messages";
import type { InForce, RoadmapRegion, RoadmapView, RoadmapYear } from "@/lib/designations/roadmap";
import type { RegionCandidate } from "@/lib/designations/roadmap-queries";
import { RoadmapChart } from "./roadmap-chart";

const yearColumns: Column<RoadmapYear>[] = [
  { key: "year", header: m.yearsCol.year, cell: (y) => y.label, rowHeader: true, nowrap: true },
  { key: "target", header: m.yearsCol.target, cell: (y) => m.target(y.target), nowrap: true },
  { key: "planned", header: m.yearsCol.planned, cell: (y) => y.plannedRegions, align: "end" },
  { key: "plannedCumulative", header: m.yearsCol.plannedCumulative, cell: (y) => y.plannedCumulative, align: "end" },
  { key: "base", header: m.yearsCol.base, cell: (y) => y.designatedRegions.base, align: "end" },
  { key: "activeRole", header: m.yearsCol.activeRole, cell: (y) => y.designatedRegions.activeRole, align: "end" },
  { key: "done", header: m.yearsCol.done, cell: (y) => y.designatedRegions.done, align: "end" },
  { key: "countedOn", header: m.yearsCol.countedOn, cell: (y) => wareki(y.countedOn), nowrap: true },
];

function Holder({ d }: { d: InForce }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {d.organisation}（{wareki(d.designatedOn)}）{d.isSample ? <SampleBadge /> : null}
    </span>
  );
}

function State({ r }: { r: RoadmapRegion }) {
  if (r.done) return <Badge tone="purple">{m.done}</Badge>;
  if (r.behindPlan) return <Badge tone="orange">{m.behind}</Badge>;
  return <Badge>{m.inProgress}</Badge>;
}

export function RoadmapYears({ view }: { view: RoadmapView }) {
  const current = view.fiscalYears.find((y) => y.fiscalYear === view.currentFiscalYear) ?? view.fiscalYears.at(-1);
  const points = view.fiscalYears.map((y) => ({
    label: y.label,
    planned: y.plannedCumulative,
    base: y.fiscalYear <= view.currentFiscalYear ? y.designatedRegions.base : null,
    done: y.fiscalYear <= view.currentFiscalYear ? y.designatedRegions.done : null,
  }));
  return (
    <section aria-labelledby="years-heading" className="mb-12">
      <SectionHeading id="years-heading">{m.chartHeading}</SectionHeading>
      <div className="max-w-[56em] space-y-3">
        {current ? <p className="text-std-16N-170">{m.chartSummary(current.designatedRegions.done, current.designatedRegions.base, view.regions.length, formatFiscalYear(view.currentFiscalYear))}</p> : null}
        <RoadmapChart points={points} lines={m.chartLines} />
      </div>
      <div className="mt-4">
        <DataTable caption={m.yearsCaption} columns={yearColumns} rows={view.fiscalYears} rowKey={(y) => String(y.fiscalYear)} />
      </div>
    </section>
  );
}

export function RoadmapRegions({ view, candidates }: { view: RoadmapView; candidates?: Record<string, RegionCandidate[]> }) {
  const columns: Column<RoadmapRegion>[] = [
    { key: "region", header: m.timelineCol.region, cell: (r) => <Link href={`/regions/${r.code}`}>{r.name}</Link>, rowHeader: true, nowrap: true },
    { key: "planned", header: m.timelineCol.planned, cell: (r) => (r.plannedFiscalYear ? formatFiscalYear(r.plannedFiscalYear) : m.unplanned), nowrap: true },
    { key: "base", header: m.timelineCol.base, cell: (r) => (r.base ? <Holder d={r.base} /> : m.noneYet) },
    { key: "activeRole", header: m.timelineCol.activeRole, cell: (r) => (r.activeRole.length ? r.activeRole.map((d) => <div key={d.id}><Holder d={d} /></div>) : <Badge tone="orange">{m.noActiveRole}</Badge>) },
    { key: "state", header: m.timelineCol.state, cell: (r) => <State r={r} />, nowrap: true },
    ...(candidates
      ? [{ key: "candidates", header: m.timelineCol.candidates, cell: (r: RoadmapRegion) => (candidates[r.code] ?? []).map((c) => <div key={c.id}><Link href={`/designations/${c.id}`}>{c.organisation}</Link>（{designationStatusLabels[c.status]}）</div>) }]
      : []),
  ];
  const behind = view.regions.filter((r) => r.behindPlan);
  return (
    <>
      <section aria-labelledby="regions-heading" className="mb-12">
        <SectionHeading id="regions-heading">{m.timelineHeading}</SectionHeading>
        <DataTable caption={m.timelineCaption} columns={columns} rows={view.regions} rowKey={(r) => r.code} />
      </section>
      <section aria-labelledby="behind-heading" className="mb-12">
        <SectionHeading id="behind-heading">{m.behindHeading}</SectionHeading>
        {behind.length === 0 ? (
          <p className="text-std-16N-170">{m.behindNone}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6 text-std-16N-170">
            {behind.map((r) => (
              <li key={r.code}>
                {r.name}（{formatFiscalYear(r.plannedFiscalYear!)}）: {r.base ? m.noActiveRole : m.noBase}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="remaining-heading" className="mb-12">
        <SectionHeading id="remaining-heading">{m.remainingHeading(view.finalFiscalYear)}</SectionHeading>
        <p className="mb-3 text-std-16N-170">{m.remainingLead(view.remaining.length, view.regions.length)}</p>
        <p className="text-std-16N-170">{view.remaining.map((r) => r.name).join("、") || "—"}</p>
      </section>
    </>
  );
}
