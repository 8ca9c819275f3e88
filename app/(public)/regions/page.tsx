// 在宅医療圏の一覧: the prefecture's map (levels switchable) and the table of the regions valid on
// a date (today, or ?asOf=YYYY-MM-DD). The map fetches its GeoJSON in the browser.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { FacilityMapData, MapCountRow } from "@/components/map/map-measures";
import { RegionMap } from "@/components/map/region-map";
import { AsOfDateForm } from "@/components/regions/as-of-date-form";
import { HealthCenterNames } from "@/components/regions/health-center-names";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ProvisionalRegionsNotice } from "@/components/regions/provisional-regions-notice";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { ProvisionalBadge } from "@/components/ui/provisional-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { publicActor } from "@/lib/auth/actor";
import { readDateParam, todayInJapan } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import { mapTileConfig } from "@/lib/geography/map-config";
import { formatNumber, formatPeople } from "@/lib/geography/messages";
import { getFacilityCounts, type CountItem } from "@/lib/facilities/queries";
import { sourceLine } from "@/lib/facilities/page-messages";
import { regionListMessages as m } from "@/lib/regions/page-messages";
import { listHomeCareRegions, type HomeCareRegionSummary } from "@/lib/regions/queries";

export const metadata: Metadata = { title: m.title };

function columns(asOf: string | undefined): Column<HomeCareRegionSummary>[] {
  const query = asOf ? `?asOf=${asOf}` : "";
  return [
    { key: "code", header: m.columns.code, cell: (r) => r.code, nowrap: true },
    { key: "name", header: m.columns.name, cell: (r) => <Link href={`/regions/${r.code}${query}`}>{r.name}</Link>, rowHeader: true, nowrap: true },
    { key: "secondary", header: m.columns.secondary, cell: (r) => r.secondary?.name ?? "—", nowrap: true },
    { key: "tertiary", header: m.columns.tertiary, cell: (r) => r.tertiary?.name ?? "—", nowrap: true },
    { key: "members", header: m.columns.members, cell: (r) => formatNumber(r.memberCount), align: "end", nowrap: true },
    { key: "population", header: m.columns.population, cell: (r) => formatPeople(r.population2020), align: "end", nowrap: true },
    { key: "leads", header: m.columns.leads, cell: (r) => <HealthCenterNames centers={r.leads} empty={m.noLead} /> },
    { key: "status", header: m.columns.status, cell: (r) => (r.provisional ? <ProvisionalBadge /> : m.official), nowrap: true },
  ];
}

async function loadRegions(asOf: string | undefined): Promise<HomeCareRegionSummary[] | null> {
  try {
    return await listHomeCareRegions(publicActor, { asOf });
  } catch (err) {
    if (err instanceof NotFoundError) return null; // no reference data yet
    throw err;
  }
}

const toMapRow = (r: CountItem): MapCountRow => ({
  code: r.code,
  name: r.name,
  population2020: r.population2020,
  clinics: r.clinics.total,
  hospitals: r.hospitals.total,
  clinicsPer100k: r.per100k.clinics,
  hospitalsPer100k: r.per100k.hospitals,
});

/** Facility counts of the official list for every map level; null when no list applies. */
async function loadFacilityCounts(asOf: string | undefined): Promise<FacilityMapData | null> {
  try {
    const [homecare, secondary, municipality] = await Promise.all(
      (["homecare", "secondary", "municipality"] as const).map((level) => getFacilityCounts(publicActor, { level, asOf })),
    );
    return {
      asOf: homecare.asOf,
      asOfLabel: m.asOf(homecare.asOf),
      sourceLine: sourceLine(homecare.source),
      levels: { homecare: homecare.data.map(toMapRow), secondary: secondary.data.map(toMapRow), municipality: municipality.data.map(toMapRow) },
    };
  } catch (err) {
    if (err instanceof NotFoundError) return null; // no list imported (for that date)
    throw err;
  }
}

export default async function RegionsPage({ searchParams }: { searchParams: Promise<{ asOf?: string | string[]; date?: string | string[] }> }) {
  await connection();
  const sp = await searchParams;
  // ?date= is another name for ?asOf= (as in the API).
  const { date: asOf, invalid } = readDateParam(sp.asOf ?? sp.date);
  const [regions, facilities] = await Promise.all([loadRegions(asOf), loadFacilityCounts(asOf)]);
  const shownOn = asOf ?? todayInJapan();

  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      {asOf ? (
        <div className="mb-8">
          <Notice title={m.pastTitle(asOf)}>
            <p>{m.pastBody}</p>
            <p>
              <Link href="/regions">{m.currentLink}</Link>
            </p>
          </Notice>
        </div>
      ) : null}

      <div className="mb-10">
        <AsOfDateForm action="/regions" shownOn={shownOn} invalid={invalid} />
      </div>

      {regions === null ? (
        <Notice title={m.noData} tone="warning" />
      ) : (
        <>
          {regions.some((r) => r.provisional) ? (
            <ProvisionalRegionsNotice className="mb-10" />
          ) : null}

          <section aria-labelledby="map" className="mb-12">
            <SectionHeading id="map" aside={m.asOf(shownOn)}>
              {m.mapHeading}
            </SectionHeading>
            <RegionMap tiles={mapTileConfig()} asOf={asOf} facilities={facilities} />
          </section>

          <section aria-labelledby="regions">
            <SectionHeading id="regions">{m.tableHeading}</SectionHeading>
            {regions.length === 0 ? (
              <Notice title={m.noRegions} />
            ) : (
              <DataTable
                caption={m.tableCaption(m.asOf(shownOn), regions.length)}
                columns={columns(asOf)}
                rows={regions}
                rowKey={(r) => r.code}
                footnote={<p>{m.tableFootnote}</p>}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
