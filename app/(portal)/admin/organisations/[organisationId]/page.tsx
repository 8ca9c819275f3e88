import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AddFacilityForm, MergeForm } from "@/components/organisations/facility-forms";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { DataTable } from "@/components/ui/data-table";
import { DetailsList } from "@/components/ui/details-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { ActionButton } from "@/components/users/action-button";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { facilityCategoryLabels, organisationMessages as om, organisationTypeLabels } from "@/lib/organisations/messages";
import { organisationPageMessages as m } from "@/lib/organisations/page-messages";
import { getOrganisation, listMergeCandidates, listMunicipalityOptions } from "@/lib/organisations/queries";
import { removeOrganisationFacilityAction } from "../actions";

export const metadata: Metadata = { title: m.title };

export default async function OrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  await connection();
  const { organisationId } = await params;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(`/admin/organisations/${organisationId}`)}`);
  if (!/^\d{1,9}$/.test(organisationId)) notFound();
  const id = Number(organisationId);
  let data;
  try {
    data = await Promise.all([getOrganisation(actor, id), listMunicipalityOptions(actor), listMergeCandidates(actor, id)]);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const [o, municipalities, candidates] = data;
  const admin = actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
  const details: [string, React.ReactNode][] = [
    [om.field.type, organisationTypeLabels[o.type]],
    [om.field.nameKana, o.nameKana ?? "—"],
    [om.field.corporateNumber, o.corporateNumber ?? "—"],
    [om.field.postalCode, o.postalCode ?? "—"],
    [om.field.address, o.address ?? "—"],
    [om.field.phone, o.phone ?? "—"],
    [om.field.email, o.email ?? "—"],
    [m.municipalityLabel, o.municipality ? `${o.municipality.name}（${o.municipality.code}）` : "—"],
    [m.healthCenter, o.healthCenterName ?? "—"],
    [m.members, m.membersCount(o.memberCount)],
  ];
  const blank = (v: string | null) => v ?? "";
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/organisations" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToList}
        </Link>
      </p>
      <PageHeading title={<>{o.name}{o.isSample ? <> <SampleBadge /></> : null}</>} />
      <section aria-labelledby="details-heading" className="mb-12">
        <SectionHeading id="details-heading">{m.detailsHeading}</SectionHeading>
        <DetailsList rows={details} />
      </section>
      <section aria-labelledby="facilities-heading" className="mb-12 space-y-6">
        <SectionHeading id="facilities-heading">{m.facilitiesHeading}</SectionHeading>
        {o.facilities.length === 0 ? (
          <p className="text-std-16N-170">{m.noFacilities}</p>
        ) : (
          <DataTable
            caption={m.facilitiesCaption}
            rows={o.facilities}
            rowKey={(f) => String(f.id)}
            columns={[
              { key: "name", header: m.col.name, rowHeader: true, cell: (f) => <span id={`facility-${f.id}`}>{f.name}</span> },
              { key: "key", header: om.field.institutionNumber, nowrap: true, cell: (f) => `${facilityCategoryLabels[f.category]} ${f.institutionNumber}` },
              { key: "address", header: om.field.address, cell: (f) => f.address ?? "—" },
              {
                key: "actions",
                header: m.col.actions,
                cell: (f) => (
                  <ActionButton action={removeOrganisationFacilityAction} fields={{ organisationId: String(o.id), facilityId: String(f.id) }} label={m.facilityRemove} describedBy={`facility-${f.id}`} success={m.removed} />
                ),
              },
            ]}
          />
        )}
        <h3 className="text-std-20B-150 text-solid-gray-900">{m.facilityAddHeading}</h3>
        <p className="max-w-[48em] text-std-16N-170">{m.facilityAddLead}</p>
        <AddFacilityForm organisationId={o.id} />
      </section>
      <section aria-labelledby="edit-heading" className="mb-12">
        <SectionHeading id="edit-heading">{m.editHeading}</SectionHeading>
        <OrganisationForm
          municipalities={municipalities}
          current={{
            id: o.id,
            version: o.version,
            type: o.type,
            name: o.name,
            nameKana: blank(o.nameKana),
            corporateNumber: blank(o.corporateNumber),
            postalCode: blank(o.postalCode),
            address: blank(o.address),
            phone: blank(o.phone),
            email: blank(o.email),
            municipalityCode: o.municipality?.code ?? "",
          }}
        />
      </section>
      <section aria-labelledby="merge-heading" className="mb-12">
        <SectionHeading id="merge-heading">{m.mergeHeading}</SectionHeading>
        {admin ? (
          <>
            <p className="mb-6 max-w-[48em] text-std-16N-170">{m.mergeLead}</p>
            <MergeForm survivor={{ id: o.id, version: o.version }} candidates={candidates} />
          </>
        ) : (
          <p className="text-std-16N-170">{m.mergeAdminOnly}</p>
        )}
      </section>
    </>
  );
}
