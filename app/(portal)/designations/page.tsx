// 指定の管理: the designations and candidates the actor may see, with filters, and the form to
// propose a candidate (本庁, and 保健所 for the regions they lead).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { DesignationFilters } from "@/components/designations/designation-filters";
import { DesignationTable } from "@/components/designations/designation-table";
import { ProposeForm } from "@/components/designations/propose-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { listProposalOptions, listRegionChoices } from "@/lib/designations/options";
import { designationPageMessages as m, roadmapMessages } from "@/lib/designations/page-messages";
import { isHealthCenterUser, isPrefectureStaff } from "@/lib/designations/policy";
import { listDesignations } from "@/lib/designations/queries";
import { designationMessages } from "@/lib/designations/messages";
import { DesignationFilterSchema } from "@/lib/designations/schema";

export const metadata: Metadata = { title: m.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function DesignationsPage({ searchParams }: Props) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/designations");
  if (!isPrefectureStaff(actor) && !isHealthCenterUser(actor)) return <ForbiddenNotice title={m.title} message={designationMessages.forbiddenChange} />;
  const raw = await searchParams;
  const filter = DesignationFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" && v !== "" ? v : undefined])));
  const [rows, regions, options] = await Promise.all([listDesignations(actor, filter), listRegionChoices(actor), listProposalOptions(actor)]);
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <p className="mb-8 text-std-16N-170">
        <Link href="/roadmap/manage">{roadmapMessages.manageLink}</Link>
      </p>
      <section aria-labelledby="filters-heading" className="mb-8">
        <SectionHeading id="filters-heading">{m.filtersHeading}</SectionHeading>
        <DesignationFilters filter={filter} regions={regions} />
      </section>
      <section aria-labelledby="list-heading" className="mb-12">
        <SectionHeading id="list-heading">{m.listHeading}</SectionHeading>
        {rows.length === 0 ? <Notice title={m.none} /> : <DesignationTable caption={m.listCaption(rows.length)} rows={rows} linkTo={(id) => `/designations/${id}`} showProposer />}
      </section>
      <section aria-labelledby="propose-heading" className="mb-12">
        <SectionHeading id="propose-heading">{m.proposeHeading}</SectionHeading>
        <p className="mb-6 max-w-[48em] text-std-16N-170">{m.proposeLead}</p>
        {options.regions.length === 0 ? <Notice title={m.noRegionsToPropose} /> : <ProposeForm organisations={options.organisations} regions={options.regions} />}
      </section>
    </>
  );
}
