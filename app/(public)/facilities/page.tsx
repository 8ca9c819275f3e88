// 在宅療養支援診療所・病院を探す: a GET form over the official 厚生局 list (municipality incl.
// Sapporo's wards, 在宅医療圏, name, kind, support type), the results with their count and source,
// and the same search as CSV from the facility API.
import type { Metadata } from "next";
import { connection } from "next/server";
import { FacilitySearchForm, type SearchOptions } from "@/components/facilities/facility-search-form";
import { FacilitySource } from "@/components/facilities/facility-source";
import { FacilityTable } from "@/components/facilities/facility-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { publicActor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { facilitySearchMessages as m, regionFacilityMessages } from "@/lib/facilities/page-messages";
import { listFacilitySnapshots, searchFacilities, type FacilityList } from "@/lib/facilities/queries";
import { facilityCsvHref, parseFacilitySearchParams, type ParsedFacilitySearch } from "@/lib/facilities/search-params";
import { listMunicipalities } from "@/lib/geography/lists";
import { listHomeCareRegions } from "@/lib/regions/queries";

export const metadata: Metadata = { title: m.title };

/** More rows than the whole prefecture's list holds today (459); beyond it, narrow down or use the CSV. */
const MAX_ROWS = 1000;

async function loadOptions(): Promise<SearchOptions> {
  const [municipalities, regions, snapshots] = await Promise.all([
    listMunicipalities(publicActor, { includeWards: true }),
    listHomeCareRegions(publicActor).catch((err: unknown) => {
      if (err instanceof NotFoundError) return [];
      throw err;
    }),
    listFacilitySnapshots(publicActor),
  ]);
  return {
    municipalities: municipalities.map((mu) => ({ code: mu.code, label: mu.kind === "DESIGNATED_CITY" ? m.sapporoAll(mu.name) : mu.name })),
    regions: regions.map((r) => ({ code: r.code, name: r.name })),
    snapshots: [...snapshots].reverse().map((s) => ({ asOf: s.asOf, label: regionFacilityMessages.asOf(s.asOf) })),
  };
}

type Outcome = { ok: true; list: FacilityList } | { ok: false; message: string };

async function search(parsed: ParsedFacilitySearch): Promise<Outcome> {
  if (parsed.errors.length > 0) return { ok: false, message: m.notSearched };
  try {
    return { ok: true, list: await searchFacilities(publicActor, parsed.filter) };
  } catch (err) {
    // No list at all, none on the date asked for, or an unknown region or municipality code:
    // the domain's sentence says which.
    if (err instanceof NotFoundError) return { ok: false, message: err.message };
    throw err;
  }
}

export default async function FacilitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const parsed = parseFacilitySearchParams(await searchParams);
  const [options, outcome] = await Promise.all([loadOptions(), search(parsed)]);

  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />

      {parsed.errors.length > 0 ? (
        <div className="mb-8">
          <Notice tone="error" title={m.invalidTitle}>
            <p>{m.invalidBody}</p>
            <ul className="list-disc space-y-1 pl-6">
              {parsed.errors.map((e) => (
                <li key={e.param}>{e.message}</li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}

      <section aria-labelledby="search" className="mb-12">
        <SectionHeading id="search">{m.formHeading}</SectionHeading>
        <FacilitySearchForm parsed={parsed} options={options} />
      </section>

      <section aria-labelledby="results">
        <SectionHeading id="results" aside={outcome.ok ? m.resultsCount(outcome.list.data.length) : undefined}>
          {m.resultsHeading}
        </SectionHeading>
        {!outcome.ok ? (
          <Notice tone="warning" title={outcome.message} />
        ) : (
          <Results list={outcome.list} csvHref={facilityCsvHref(parsed.query)} />
        )}
      </section>
    </>
  );
}

function Results({ list, csvHref }: { list: FacilityList; csvHref: string }) {
  const rows = list.data.slice(0, MAX_ROWS);
  return (
    <div className="space-y-4">
      <p className="text-std-16N-170">
        <a href={csvHref}>{m.csvLink}</a>
      </p>
      {list.data.length === 0 ? (
        <>
          <Notice title={m.noResults} />
          <div className="text-dns-16N-130 text-solid-gray-700">
            <FacilitySource source={list.source} />
          </div>
        </>
      ) : (
        <>
          {rows.length < list.data.length ? <Notice title={m.capped(rows.length, list.data.length)} tone="warning" /> : null}
          <FacilityTable
            caption={m.resultsCaption(regionFacilityMessages.asOf(list.asOf), list.data.length)}
            rows={rows}
            showRegion
            footnote={
              <>
                <FacilitySource source={list.source} />
                <p>{m.footnote}</p>
              </>
            }
          />
        </>
      )}
    </div>
  );
}
