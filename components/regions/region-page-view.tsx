"use client";
// The body of a 在宅医療圏's page (/regions/[regionCode]): key facts, its map, its members, its
// designations, its 在支診・在支病 and its lineage, from the data the page read. A client
// component (ADR 0037): the page's data reaches it as data, not as a serialized element tree of
// the whole page, which was most of what rendering the page cost the server. Everything that
// depends on the server (today, the tile server, links built from settings) comes in as props,
// so the browser renders exactly what the server did.
import Link from "next/link";
import type { ReactNode } from "react";
import { RegionDesignations } from "@/components/designations/region-designations";
import { RegionFacilities } from "@/components/facilities/region-facilities";
import { RegionFocusMap } from "@/components/map/region-map";
import { HealthCenterNames } from "@/components/regions/health-center-names";
import { RegionLineage } from "@/components/regions/region-lineage";
import { RegionMemberTable } from "@/components/regions/region-member-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { ProvisionalBadge } from "@/components/ui/provisional-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { AsOfDateForm } from "@/components/regions/as-of-date-form";
import { addDays } from "@/lib/dates/date-only";
import type { MapTileConfig } from "@/lib/geography/map-config";
import { formatNumber, formatPeople } from "@/lib/geography/messages";
import { regionDetailMessages as m, regionListMessages } from "@/lib/regions/page-messages";
import type { RegionPageData } from "@/lib/regions/page-read";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-t border-solid-gray-200 py-3 sm:grid-cols-[12em_1fr] sm:gap-4">
      <dt className="text-std-16B-170 text-solid-gray-900">{term}</dt>
      <dd className="text-std-16N-170">{children}</dd>
    </div>
  );
}

export function RegionPageView({
  page,
  asOf,
  invalidAsOf,
  today,
  tiles,
  csvHref,
}: {
  page: RegionPageData;
  /** The date asked for (?asOf=), if any. */
  asOf: string | undefined;
  /** ?asOf= text that is not a date (today is shown). */
  invalidAsOf?: string;
  /** Today in Japan, as the server saw it. */
  today: string;
  tiles: MapTileConfig;
  /** The facility list as CSV. */
  csvHref: string;
}) {
  const { region, facilities, designations } = page;
  const mapAsOf = page.mapAsOf ?? undefined;
  const lastDay = region.validTo ? addDays(region.validTo, -1) : null;
  const listAsOf = regionListMessages.asOf(region.shownOn);

  return (
    <>
      <PageHeading
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
            {region.name}
            {region.provisional ? <ProvisionalBadge /> : null}
          </span>
        }
      />

      <div className="mb-10 space-y-4">
        {lastDay && region.validTo !== null && region.validTo <= today ? <Notice title={m.ended(lastDay)} tone="warning" /> : null}
        {region.validFrom > today ? <Notice title={m.notStarted(region.validFrom)} tone="warning" /> : null}
        {region.provisional ? <Notice title={m.provisionalNote} tone="warning" /> : null}
      </div>

      <div className="mb-10">
        <AsOfDateForm action={`/regions/${region.code}`} shownOn={region.shownOn} invalid={invalidAsOf} />
      </div>

      <section aria-labelledby="facts" className="mb-12">
        <SectionHeading id="facts" aside={m.shownOn(region.shownOn)}>
          {m.facts}
        </SectionHeading>
        <dl className="max-w-[56em] border-b border-solid-gray-200">
          <Fact term={m.code}>{region.code}</Fact>
          <Fact term={m.secondary}>{region.secondary?.name ?? "—"}</Fact>
          <Fact term={m.tertiary}>{region.tertiary?.name ?? "—"}</Fact>
          <Fact term={m.validity}>
            {m.validFrom(region.validFrom)}
            {lastDay ? m.validUntil(lastDay) : m.openEnded}
          </Fact>
          <Fact term={m.population}>
            {formatPeople(region.population2020)}
            <span className="ml-2 text-dns-16N-130 text-solid-gray-700">（{m.populationSum}）</span>
          </Fact>
          <Fact term={m.memberCount}>{formatNumber(region.memberCount)}</Fact>
          <Fact term={m.leads}>
            <HealthCenterNames centers={region.leads} empty={m.noLead} />
          </Fact>
          {region.definitionSource ? <Fact term={m.definitionSource}>{region.definitionSource}</Fact> : null}
        </dl>
      </section>

      <section aria-labelledby="map" className="mb-12">
        <SectionHeading id="map" aside={listAsOf}>
          {m.mapHeading}
        </SectionHeading>
        <RegionFocusMap
          tiles={tiles}
          regionCode={region.code}
          regionName={region.name}
          asOf={mapAsOf}
          linkAsOf={asOf}
        />
      </section>

      <section aria-labelledby="members" className="mb-12">
        <SectionHeading id="members">{m.membersHeading}</SectionHeading>
        {region.members.length === 0 ? (
          <Notice title={m.noMembers} />
        ) : (
          <RegionMemberTable caption={m.membersCaption(region.name, listAsOf, region.members.length)} members={region.members} footnote={<p>{m.membersFootnote}</p>} />
        )}
      </section>

      <RegionDesignations regionName={region.name} data={designations} />

      <RegionFacilities regionName={region.name} data={facilities} csvHref={csvHref} />

      <RegionLineage predecessors={region.predecessors} successors={region.successors} />

      <p className="text-std-16N-170">
        <Link href={asOf ? `/regions?asOf=${asOf}` : "/regions"}>{m.backToList}</Link>
      </p>
    </>
  );
}
