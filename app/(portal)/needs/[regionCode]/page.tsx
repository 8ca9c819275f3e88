// One 在宅医療圏's needs: the four functions of its latest approved status report beside the menus
// that address them, and its organisations' applications by state and by menu. 404 outside scope.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ApplicationTotalsTables, FunctionNeedsTable } from "@/components/needs/needs-tables";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import { needsMessages as m } from "@/lib/needs/messages";
import { getRegionNeeds, type RegionNeeds } from "@/lib/needs/queries";

export const metadata: Metadata = { title: m.title };

export default async function RegionNeedsPage({ params }: { params: Promise<{ regionCode: string }> }) {
  await connection();
  const { regionCode } = await params;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(`/needs/${regionCode}`)}`);
  let needs: RegionNeeds;
  try {
    needs = await getRegionNeeds(actor, regionCode);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <>
      <p className="mb-4 text-std-16N-170">
        <Link href="/needs" prefetch={false}>{m.backToList}</Link>
      </p>
      <PageHeading title={m.regionTitle(needs.name)} lead={m.regionLead} />
      <section aria-labelledby="functions-heading" className="mb-12">
        <SectionHeading id="functions-heading" aside={needs.report ? m.reportOf(needs.report.fiscalYear) : m.noReport}>
          {m.functionsHeading}
        </SectionHeading>
        {needs.report ? (
          <p className="mb-4 text-std-16N-170">
            <Link href={`/reports/${needs.report.id}`} prefetch={false}>{m.reportLink}</Link>
          </p>
        ) : null}
        <FunctionNeedsTable needs={needs.functions} year={needs.report?.fiscalYear ?? null} />
      </section>
      <section aria-labelledby="applications-heading" className="mb-12">
        <SectionHeading id="applications-heading">{m.applicationsHeading}</SectionHeading>
        {needs.total.count === 0 ? <p className="text-std-16N-170">{m.noApplications}</p> : <ApplicationTotalsTables needs={needs} />}
      </section>
    </>
  );
}
