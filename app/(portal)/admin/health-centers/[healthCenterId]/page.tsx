import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AsOfForm } from "@/components/health-centers/as-of-form";
import { JurisdictionForm, LeadForm } from "@/components/health-centers/change-forms";
import { HealthCenterForm } from "@/components/health-centers/health-center-form";
import { PeriodTable } from "@/components/health-centers/period-table";
import { DetailsList } from "@/components/ui/details-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { todayInJapan } from "@/lib/dates/date-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { healthCenterMessages as hm, operatorLabels } from "@/lib/health-centers/messages";
import { healthCenterPageMessages as m, wareki } from "@/lib/health-centers/page-messages";
import { getHealthCenter, listChangeOptions } from "@/lib/health-centers/queries";
import { parseDateInput } from "@/lib/health-centers/schema";

export const metadata: Metadata = { title: m.title };

export default async function HealthCenterPage({
  params,
  searchParams,
}: {
  params: Promise<{ healthCenterId: string }>;
  searchParams: Promise<{ asOf?: string | string[] }>;
}) {
  await connection();
  const { healthCenterId } = await params;
  const actor = await getActor();
  const path = `/admin/health-centers/${healthCenterId}`;
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(path)}`);
  const raw = (await searchParams).asOf;
  const typed = typeof raw === "string" && raw.trim() !== "" ? raw : null;
  const asOf = (typed && parseDateInput(typed)) || todayInJapan();
  if (!/^\d{1,9}$/.test(healthCenterId)) notFound();
  let data;
  try {
    data = await Promise.all([getHealthCenter(actor, Number(healthCenterId), { asOf }), listChangeOptions(actor)]);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const [center, options] = data;
  const date = wareki(asOf);
  const admin = actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
  const details: [string, string][] = [
    [hm.field.code, center.code ?? "—"],
    [hm.field.operator, operatorLabels[center.operator]],
    [hm.field.operatingMunicipalityCode, center.operatingMunicipality ? `${center.operatingMunicipality.name}（${center.operatingMunicipality.code}）` : "—"],
    [hm.field.validFrom, wareki(center.validFrom)],
    [hm.field.validTo, wareki(center.validTo, m.noEnd)],
  ];
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/health-centers" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToList}
        </Link>
      </p>
      <PageHeading title={center.name} />
      <section aria-labelledby="details-heading" className="mb-12">
        <SectionHeading id="details-heading">{m.detailsHeading}</SectionHeading>
        <DetailsList rows={details} />
      </section>
      <AsOfForm action={path} value={typed ?? date} invalid={!!typed && !parseDateInput(typed)} />
      <section aria-labelledby="jurisdiction-heading" className="mb-12">
        <SectionHeading id="jurisdiction-heading">{m.jurisdictionHeading(date)}</SectionHeading>
        <PeriodTable caption={m.jurisdictionCaption(date)} label={m.col.municipality} rows={center.jurisdictionOn} empty={m.noJurisdiction} />
      </section>
      <section aria-labelledby="leads-heading" className="mb-12">
        <SectionHeading id="leads-heading">{m.leadsHeading(date)}</SectionHeading>
        <PeriodTable caption={m.leadsCaption(date)} label={m.col.region} rows={center.leadsOn} empty={m.noLeads} />
      </section>
      <section aria-labelledby="history-heading" className="mb-12 space-y-8">
        <SectionHeading id="history-heading">{m.historyHeading}</SectionHeading>
        <PeriodTable caption={m.jurisdictionHistoryCaption} label={m.col.municipality} rows={center.jurisdictionHistory} empty={m.noHistory} />
        <PeriodTable caption={m.leadHistoryCaption} label={m.col.region} rows={center.leadHistory} empty={m.noHistory} />
      </section>
      {admin ? (
        <>
          <section aria-labelledby="change-jurisdiction-heading" className="mb-12">
            <SectionHeading id="change-jurisdiction-heading">{m.changeJurisdictionHeading}</SectionHeading>
            <p className="mb-6 max-w-[48em] text-std-16N-170">{m.changeJurisdictionLead}</p>
            <JurisdictionForm healthCenterId={center.id} options={options} />
          </section>
          <section aria-labelledby="change-lead-heading" className="mb-12">
            <SectionHeading id="change-lead-heading">{m.changeLeadHeading}</SectionHeading>
            <p className="mb-6 max-w-[48em] text-std-16N-170">{m.changeLeadLead}</p>
            <LeadForm healthCenterId={center.id} options={options} />
          </section>
          <section aria-labelledby="edit-heading" className="mb-12">
            <SectionHeading id="edit-heading">{m.editHeading}</SectionHeading>
            <HealthCenterForm
              current={{
                id: center.id,
                version: center.version,
                name: center.name,
                code: center.code ?? "",
                operator: center.operator,
                operatingMunicipalityCode: center.operatingMunicipality?.code ?? "",
                validFrom: center.validFrom ?? "",
                validTo: center.validTo ?? "",
              }}
            />
          </section>
        </>
      ) : (
        <p className="text-std-16N-170">{m.readOnly}</p>
      )}
    </>
  );
}
