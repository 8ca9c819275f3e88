import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { OrganisationSearchForm } from "@/components/organisations/search-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { organisationTypeLabels } from "@/lib/organisations/messages";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";
import { listMunicipalityOptions, searchOrganisations } from "@/lib/organisations/queries";
import { OrganisationSearchSchema } from "@/lib/organisations/schema";

export const metadata: Metadata = { title: m.title };

type Params = Record<string, string | string[] | undefined>;

function pageHref(search: { q?: string; type?: string; municipalityCode?: string }, page: number) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (typeof v === "string" && v) params.set(k, v);
  params.set("page", String(page));
  return `/admin/organisations?${params}`;
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/organisations");
  const raw = await searchParams;
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const search = OrganisationSearchSchema.parse({ q: one("q"), type: one("type"), municipalityCode: one("municipalityCode"), page: one("page") });
  let data;
  try {
    data = await Promise.all([searchOrganisations(actor, search), listMunicipalityOptions(actor)]);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const [result, municipalities] = data;
  const caption = m.resultsCaption(result.total, result.page, result.pageCount);
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <p className="mb-8">
        <Link href="/admin/organisations/import" className="text-std-16N-170 text-blue-1000 underline">
          {m.importLink}
        </Link>
      </p>
      <section aria-labelledby="search-heading" className="mb-12">
        <SectionHeading id="search-heading">{m.searchHeading}</SectionHeading>
        <OrganisationSearchForm values={search} municipalities={municipalities} />
        {result.rows.length === 0 ? (
          <p role="status" className="text-std-16N-170">
            {m.noResults}
          </p>
        ) : (
          <DataTable
            caption={caption}
            rows={result.rows}
            rowKey={(r) => String(r.id)}
            columns={[
              {
                key: "name",
                header: m.col.name,
                rowHeader: true,
                cell: (r) => (
                  <>
                    <Link href={`/admin/organisations/${r.id}`} className="text-blue-1000 underline">
                      {r.name}
                    </Link>
                    {r.isSample ? <> <SampleBadge /></> : null}
                  </>
                ),
              },
              { key: "kana", header: m.col.kana, cell: (r) => r.nameKana ?? "—" },
              { key: "type", header: m.col.type, nowrap: true, cell: (r) => organisationTypeLabels[r.type] },
              { key: "number", header: m.col.corporateNumber, nowrap: true, cell: (r) => r.corporateNumber ?? "—" },
              { key: "municipality", header: m.col.municipality, nowrap: true, cell: (r) => r.municipalityName ?? "—" },
              { key: "facilities", header: m.col.facilities, align: "end", nowrap: true, cell: (r) => r.facilityCount },
            ]}
          />
        )}
        {result.pageCount > 1 ? (
          <nav aria-label={m.pagination} className="mt-4 flex gap-6 text-std-16N-170">
            {result.page > 1 ? (
              <Link href={pageHref(search, result.page - 1)} className="text-blue-1000 underline">
                {m.previous}
              </Link>
            ) : null}
            {result.page < result.pageCount ? (
              <Link href={pageHref(search, result.page + 1)} className="text-blue-1000 underline">
                {m.next}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="create-heading">
        <SectionHeading id="create-heading">{m.createHeading}</SectionHeading>
        <OrganisationForm municipalities={municipalities} />
      </section>
    </>
  );
}
