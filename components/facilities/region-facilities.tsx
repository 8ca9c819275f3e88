// The 在宅療養支援診療所・病院 section of a 在宅医療圏's page: counts by type beside the
// prefecture's, the facilities themselves, and the counts across the imported lists.
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { SectionHeading } from "@/components/ui/section-heading";
import { regionFacilityMessages as m } from "@/lib/facilities/page-messages";
import type { RegionFacilitiesData } from "@/lib/regions/page-read";
import { FacilitySource } from "./facility-source";
import { FacilityTable } from "./facility-table";
import { RegionFacilityCounts } from "./region-facility-counts";
import { RegionFacilityTrend } from "./region-facility-trend";

const SUB_HEADING = "mb-3 text-std-20B-150 text-solid-gray-900";

export function RegionFacilities({ regionName, data, csvHref }: { regionName: string; data: RegionFacilitiesData; csvHref: string }) {
  return (
    <section aria-labelledby="facilities" className="mb-12">
      <SectionHeading id="facilities" aside={data.ok ? m.asOf(data.counts.asOf) : undefined}>
        {m.heading}
      </SectionHeading>
      {!data.ok ? (
        <Notice title={data.message} />
      ) : (
        <div className="space-y-10">
          <p className="max-w-[48em] text-std-16N-170">{m.intro}</p>
          <div>
            <h3 className={SUB_HEADING}>{m.countsHeading}</h3>
            {data.region ? (
              <RegionFacilityCounts regionName={regionName} region={data.region} prefecture={data.counts.totals} source={data.counts.source} />
            ) : (
              <Notice title={m.notInSnapshot} />
            )}
          </div>
          <div>
            <h3 className={SUB_HEADING}>{m.trendHeading}</h3>
            <p className="mb-4 max-w-[48em] text-std-16N-170">{m.trendIntro}</p>
            <RegionFacilityTrend regionName={regionName} series={data.series} source={m.trendSource(data.counts.source)} />
          </div>
          <div>
            <h3 className={SUB_HEADING}>{m.listHeading}</h3>
            <ul className="mb-4 space-y-2 text-std-16N-170">
              <li>
                <a href={csvHref}>{m.csvLink}</a>
              </li>
              <li>
                <Link href="/facilities">{m.searchLink}</Link>
              </li>
            </ul>
            {data.list.data.length === 0 ? (
              <Notice title={m.listEmpty} />
            ) : (
              <FacilityTable
                caption={m.listCaption(regionName, m.asOf(data.list.asOf), data.list.data.length)}
                rows={data.list.data}
                footnote={<FacilitySource source={data.list.source} />}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
