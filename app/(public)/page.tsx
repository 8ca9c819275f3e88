// Home: what the portal is for, and a live summary of the prefecture's regions from the database.
import Link from "next/link";
import { connection } from "next/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ProvisionalRegionsNotice } from "@/components/regions/provisional-regions-notice";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { ProvisionalBadge } from "@/components/ui/provisional-badge";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { formatNumber, formatPeople, homeMessages as m } from "@/lib/geography/messages";
import { publicActor } from "@/lib/auth/actor";
import { getPortalSummary } from "@/lib/geography/queries";
import { regionListMessages } from "@/lib/regions/page-messages";
import { listHomeCareRegions, type HomeCareRegionSummary as HomeCareRegionRow } from "@/lib/regions/queries";
import { site } from "@/lib/site";

const columns: Column<HomeCareRegionRow>[] = [
  { key: "code", header: m.columns.code, cell: (r) => r.code, nowrap: true },
  { key: "name", header: m.columns.name, cell: (r) => <Link href={`/regions/${r.code}`}>{r.name}</Link>, rowHeader: true },
  { key: "secondary", header: m.columns.secondary, cell: (r) => r.secondary?.name ?? "—" },
  { key: "tertiary", header: m.columns.tertiary, cell: (r) => r.tertiary?.name ?? "—" },
  { key: "members", header: m.columns.members, cell: (r) => formatNumber(r.memberCount), align: "end", nowrap: true },
  { key: "population", header: m.columns.population, cell: (r) => formatPeople(r.population2020), align: "end", nowrap: true },
  {
    key: "status",
    header: m.columns.status,
    cell: (r) => (r.provisional ? <ProvisionalBadge /> : m.official),
    nowrap: true,
  },
];

export default async function HomePage() {
  await connection();
  const [summary, regions] = await Promise.all([getPortalSummary(), listHomeCareRegions(publicActor)]);

  return (
    <>
      <PageHeading title={site.name} lead={m.lead} />

      <section aria-labelledby="purpose" className="mb-12">
        <SectionHeading id="purpose">{m.purposeHeading}</SectionHeading>
        <ul className="max-w-[48em] list-disc space-y-2 pl-6 text-std-16N-170">
          {m.purposes.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <p className="mt-4 max-w-[48em] text-std-16N-170">{m.currentScope}</p>
      </section>

      {summary === null ? (
        <Notice title={m.noData} tone="warning" />
      ) : (
        <>
          <section aria-labelledby="summary" className="mb-12">
            <SectionHeading id="summary" aside={m.asOf(summary.asOf)}>
              {m.summaryHeading(summary.prefectureName)}
            </SectionHeading>
            <StatGrid label={m.summaryLabel}>
              <StatCard label={m.tertiary} value={formatNumber(summary.tertiaryRegionCount)} unit={m.regionUnit} />
              <StatCard label={m.secondary} value={formatNumber(summary.secondaryRegionCount)} unit={m.regionUnit} />
              <StatCard
                label={m.homeCare}
                value={formatNumber(summary.homeCareRegionCount)}
                unit={m.regionUnit}
                note={
                  summary.provisionalHomeCareRegionCount > 0
                    ? m.provisionalOf(summary.provisionalHomeCareRegionCount)
                    : m.allOfficial
                }
              />
              <StatCard
                label={m.municipalities}
                value={formatNumber(summary.municipalityCount)}
                unit={m.municipalityUnit}
                note={summary.wardCount > 0 ? m.wards(summary.wardCount) : undefined}
              />
              <StatCard
                label={m.healthCenters}
                value={formatNumber(summary.healthCenterCount)}
                unit={m.healthCenterUnit}
                note={
                  summary.sampleHealthCenterCount > 0 ? (
                    <span className="inline-flex flex-wrap items-center gap-2">
                      <SampleBadge />
                      {m.sampleOf(summary.sampleHealthCenterCount)}
                    </span>
                  ) : undefined
                }
              />
              <StatCard
                label={m.population}
                value={summary.population2020 === null ? "—" : formatNumber(summary.population2020)}
                unit={summary.population2020 === null ? undefined : m.populationUnit}
                note={m.populationNote}
              />
            </StatGrid>
            {summary.provisionalHomeCareRegionCount > 0 ? (
              <ProvisionalRegionsNotice className="mt-6" />
            ) : null}
          </section>

          <section aria-labelledby="regions">
            <SectionHeading id="regions">{m.tableHeading}</SectionHeading>
            {regions.length === 0 ? (
              <Notice title={m.noRegions} />
            ) : (
              <DataTable
                caption={m.tableCaption(m.asOf(summary.asOf), regions.length)}
                columns={columns}
                rows={regions}
                rowKey={(r) => r.code}
                footnote={<p>{m.tableFootnote}</p>}
              />
            )}
            <p className="mt-6 text-std-16N-170">
              <Link href="/regions">{regionListMessages.homeLink}</Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
