import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ImportForm } from "@/components/organisations/import-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { organisationMessages as om, organisationTypeLabels } from "@/lib/organisations/messages";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";
import { canKeepRegistry } from "@/lib/organisations/policy";

export const metadata: Metadata = { title: m.importTitle };

export default async function OrganisationImportPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/organisations/import");
  if (!canKeepRegistry(actor)) return <ForbiddenNotice title={m.importTitle} message={om.forbiddenChange} />;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/organisations" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToList}
        </Link>
      </p>
      <PageHeading title={m.importTitle} lead={m.importLead} />
      <p className="mb-4 max-w-[48em] text-std-16N-170">{m.typesHint(Object.values(organisationTypeLabels))}</p>
      <p className="mb-8">
        <a href="/admin/organisations/import/template" download className="text-std-16N-170 text-blue-1000 underline">
          {m.templateLink}
        </a>
      </p>
      <ImportForm />
    </>
  );
}
