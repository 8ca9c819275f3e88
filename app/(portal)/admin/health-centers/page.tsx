import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AsOfForm } from "@/components/health-centers/as-of-form";
import { HealthCenterForm } from "@/components/health-centers/health-center-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { todayInJapan } from "@/lib/dates/date-only";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { operatorLabels } from "@/lib/health-centers/messages";
import { healthCenterPageMessages as m, wareki } from "@/lib/health-centers/page-messages";
import { listHealthCenters } from "@/lib/health-centers/queries";
import { parseDateInput } from "@/lib/health-centers/schema";

export const metadata: Metadata = { title: m.title };

export default async function HealthCentersPage({ searchParams }: { searchParams: Promise<{ asOf?: string | string[] }> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/health-centers");
  const raw = (await searchParams).asOf;
  const typed = typeof raw === "string" && raw.trim() !== "" ? raw : null;
  const asOf = (typed && parseDateInput(typed)) || todayInJapan();
  let rows;
  try {
    rows = await listHealthCenters(actor, { asOf });
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const date = wareki(asOf);
  const admin = actor.kind === "user" && actor.role === "PREFECTURE_ADMIN";
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <AsOfForm action="/admin/health-centers" value={typed ?? date} invalid={!!typed && !parseDateInput(typed)} />
      <section aria-labelledby="list-heading" className="mb-12">
        <SectionHeading id="list-heading">{m.listCaption(date)}</SectionHeading>
        <DataTable
          caption={m.listCaption(date)}
          rows={rows}
          rowKey={(r) => String(r.id)}
          columns={[
            {
              key: "name",
              header: m.col.name,
              rowHeader: true,
              cell: (r) => (
                <>
                  <Link href={`/admin/health-centers/${r.id}?asOf=${asOf}`} className="text-blue-1000 underline">
                    {r.name}
                  </Link>
                  {r.isSample ? <> <SampleBadge /></> : null}
                </>
              ),
            },
            { key: "code", header: m.col.code, nowrap: true, cell: (r) => r.code ?? "—" },
            { key: "operator", header: m.col.operator, nowrap: true, cell: (r) => operatorLabels[r.operator] },
            { key: "municipalities", header: m.col.municipalities, align: "end", nowrap: true, cell: (r) => r.municipalityCount },
            { key: "leads", header: m.col.leads, cell: (r) => (r.leadRegions.length ? r.leadRegions.join("、") : m.none) },
            { key: "status", header: m.col.status, nowrap: true, cell: (r) => (r.active ? m.active : m.inactive) },
          ]}
        />
      </section>
      {admin ? (
        <section aria-labelledby="create-heading">
          <SectionHeading id="create-heading">{m.createHeading}</SectionHeading>
          <HealthCenterForm />
        </section>
      ) : (
        <p className="text-std-16N-170">{m.readOnly}</p>
      )}
    </>
  );
}
