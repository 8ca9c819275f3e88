// 医療機関名簿の取込み: 本庁 uploads the 厚生局 list here; the history of imports and the committed
// snapshots are listed below the form.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ImportHistory, ImportSnapshots } from "@/components/facilities/import-history";
import { importPageMessages as m } from "@/components/facilities/import-messages";
import { ImportUploadForm } from "@/components/facilities/import-upload-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { listFacilityImports, maxImportBytes } from "@/lib/facilities/imports";
import { listMessages } from "@/lib/facilities/messages";
import { listFacilitySnapshots } from "@/lib/facilities/queries";

export const metadata: Metadata = { title: m.title };

export default async function FacilityImportsPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/facility-imports");
  let imports;
  try {
    imports = await listFacilityImports(actor);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const snapshots = await listFacilitySnapshots(actor);
  const maxBytes = maxImportBytes();
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <section aria-labelledby="steps-heading" className="mb-12">
        <SectionHeading id="steps-heading">{m.stepsHeading}</SectionHeading>
        <ol className="max-w-[48em] list-decimal space-y-2 pl-6 text-std-16N-170">
          {m.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="upload-heading" className="mb-12">
        <SectionHeading id="upload-heading">{m.uploadHeading}</SectionHeading>
        <ImportUploadForm maxBytes={maxBytes} tooLargeMessage={listMessages.tooLarge(maxBytes)} />
      </section>
      <section aria-labelledby="history-heading" className="mb-12">
        <SectionHeading id="history-heading">{m.historyHeading}</SectionHeading>
        <ImportHistory imports={imports} />
      </section>
      <section aria-labelledby="snapshots-heading">
        <SectionHeading id="snapshots-heading">{m.snapshotsHeading}</SectionHeading>
        <ImportSnapshots snapshots={snapshots} />
      </section>
    </>
  );
}
