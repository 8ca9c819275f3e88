// オープンデータ (public): every dataset with its licence, credits, last update (和暦), record count
// and data dictionary, downloadable as CSV and JSON from the open-data API (ADR 0029).
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DatasetSection } from "@/components/open-data/dataset-section";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { publicActor } from "@/lib/auth/actor";
import { downloadChoices } from "@/lib/open-data/choices";
import { openDataMessages as m } from "@/lib/open-data/messages";
import { listOpenDatasets } from "@/lib/open-data/queries";

export const metadata: Metadata = { title: m.title };

const BOUNDARY_LEVELS = ["homecare", "secondary", "tertiary", "municipality"] as const;

export default async function OpenDataPage() {
  await connection();
  const [datasets, choices] = await Promise.all([listOpenDatasets(publicActor), downloadChoices(publicActor)]);
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <div className="mb-10">
        <Notice title={m.licenceHeading}>
          <p>{m.portalLicence}</p>
          <p className="mt-2">{m.formatNote}</p>
        </Notice>
      </div>
      {datasets.map((d) => (
        <DatasetSection key={d.key} dataset={d} choices={choices[d.key as keyof typeof choices]} />
      ))}
      <section aria-labelledby="boundaries-heading" className="mb-12">
        <SectionHeading id="boundaries-heading">{m.boundariesHeading}</SectionHeading>
        <p className="mb-2 text-std-16N-170">{m.boundariesBody}</p>
        <p className="mb-4 text-std-16N-170">
          {m.facts.attribution}: {m.boundariesAttribution}
        </p>
        <ul className="flex flex-wrap gap-4">
          {BOUNDARY_LEVELS.map((level) => (
            <li key={level}>
              <Link href={`/api/v1/regions.geojson?level=${level}`} prefetch={false}>
                {m.boundaryLevels[level]}（GeoJSON）
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-std-16N-170">
        {m.apiNote}
        <Link href="/api/v1/open-data" prefetch={false}>/api/v1/open-data</Link>
      </p>
      <p className="text-std-16N-170">
        {m.openApiNote}
        <Link href="/api/v1/openapi.json" prefetch={false}>/api/v1/openapi.json</Link>
      </p>
    </>
  );
}
