// One import of the 厚生局 list: its progress while the file is read (the page refreshes itself),
// then the preview to confirm or discard, or the outcome.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ImportAssignForm, type MunicipalityGroup } from "@/components/facilities/import-assign-form";
import { ImportDecision } from "@/components/facilities/import-decision";
import { importPageMessages as m } from "@/components/facilities/import-messages";
import { ImportChanges, ImportCounts, ImportTies } from "@/components/facilities/import-preview";
import { ImportProgress } from "@/components/facilities/import-progress";
import { ImportStatus } from "@/components/facilities/import-status";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { DetailsList } from "@/components/ui/details-list";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { didImportCreateSnapshot, getFacilityImport, type FacilityImportView } from "@/lib/facilities/imports";
import { importMessages, statusLabels } from "@/lib/facilities/messages";
import { listMunicipalities } from "@/lib/geography/lists";

export const metadata: Metadata = { title: m.title };

const linkClass = "text-std-16B-170 text-blue-1000 underline";

/** Municipalities and Sapporo's wards (not Sapporo itself), grouped by 振興局 in code order. */
async function municipalityGroups(actor: Actor): Promise<MunicipalityGroup[]> {
  const groups = new Map<string, MunicipalityGroup>();
  for (const x of await listMunicipalities(actor, { includeWards: true })) {
    if (x.kind === "DESIGNATED_CITY") continue;
    const label = x.subprefecture ?? m.none;
    if (!groups.has(label)) groups.set(label, { label, options: [] });
    groups.get(label)!.options.push({ code: x.code, name: x.name });
  }
  return [...groups.values()];
}

function Details({ job }: { job: FacilityImportView }) {
  const rows: [string, string][] = [
    [m.field.fileName, job.fileName],
    [m.field.size, m.size(job.sizeBytes)],
    [m.field.createdBy, job.createdBy ?? m.none],
    [m.field.createdAt, m.dateTime(job.createdAt)],
  ];
  if (job.title) rows.push([m.field.title, job.title]);
  if (job.asOf) rows.push([m.field.asOf, m.date(job.asOf)]);
  if (job.rowCount !== null) rows.push([m.field.rows, m.count(job.rowCount)]);
  if (job.facilityCount !== null) rows.push([m.field.facilities, m.count(job.facilityCount)]);
  if (job.finishedAt) rows.push([m.field.finishedAt, m.dateTime(job.finishedAt)]);
  return (
    <section aria-labelledby="details-heading" className="mb-10">
      <SectionHeading id="details-heading">{m.detailsHeading}</SectionHeading>
      <DetailsList rows={rows} />
    </section>
  );
}

async function Preview({ job, actor }: { job: FacilityImportView; actor: Actor }) {
  const preview = job.preview!;
  const asOf = m.date(job.asOf);
  const unassigned = preview.unmatched.filter((u) => u.assignedCode === null).length;
  const groups = preview.unmatched.length > 0 ? await municipalityGroups(actor) : [];
  return (
    <>
      <section aria-labelledby="preview-heading" className="mb-12 space-y-4">
        <SectionHeading id="preview-heading">{m.previewHeading}</SectionHeading>
        <p className="max-w-[48em] text-std-16N-170">{m.previewLead(asOf)}</p>
        {preview.duplicateOf ? (
          <Notice tone="warning" title={m.duplicateTitle}>
            <p>{importMessages.alreadyImported(m.dateTime(preview.duplicateOf.importedAt))}</p>
          </Notice>
        ) : null}
        {preview.replaces ? (
          <Notice tone="warning" title={m.replacesTitle}>
            <p className="break-all">{importMessages.replaces(m.date(preview.replaces.asOf), preview.replaces.fileName)}</p>
          </Notice>
        ) : null}
      </section>
      <section aria-labelledby="counts-heading" className="mb-12">
        <SectionHeading id="counts-heading">{m.countsHeading}</SectionHeading>
        <ImportCounts preview={preview} asOf={asOf} />
      </section>
      <ImportChanges preview={preview} previousAsOf={preview.previous ? m.date(preview.previous.asOf) : null} />
      <ImportTies ties={preview.ties} />
      <section aria-labelledby="unmatched-heading" className="mb-12">
        <SectionHeading id="unmatched-heading">{m.unmatchedHeading(preview.unmatched.length)}</SectionHeading>
        {preview.unmatched.length === 0 ? (
          <p className="text-std-16N-170">{m.unmatchedNone}</p>
        ) : (
          <>
            <p className="mb-6 max-w-[48em] text-std-16N-170">{m.unmatchedLead}</p>
            <ImportAssignForm importId={job.id} version={job.version} rows={preview.unmatched} groups={groups} />
          </>
        )}
      </section>
      <section aria-labelledby="decision-heading">
        <SectionHeading id="decision-heading">{m.decisionHeading}</SectionHeading>
        <p className="mb-4 max-w-[48em] text-std-16N-170">{m.decisionLead}</p>
        <ImportDecision importId={job.id} version={job.version} unassigned={unassigned} />
      </section>
    </>
  );
}

async function Outcome({ job, actor }: { job: FacilityImportView; actor: Actor }) {
  switch (job.status) {
    case "PARSING":
      return (
        <section aria-labelledby="progress-heading">
          <SectionHeading id="progress-heading">{m.progressHeading}</SectionHeading>
          <ImportProgress rowsRead={job.rowsRead} percent={job.percent} />
        </section>
      );
    case "FAILED":
      return (
        <Notice tone="error" title={m.failedTitle}>
          <p>{job.error ?? importMessages.failedGeneric}</p>
          <p>
            <Link href="/admin/facility-imports" className={linkClass}>
              {m.tryAgain}
            </Link>
          </p>
        </Notice>
      );
    case "DISCARDED":
      return (
        <Notice title={m.discardedTitle}>
          <p>{m.discardedBody}</p>
          <p>
            <Link href="/admin/facility-imports" className={linkClass}>
              {m.backToList}
            </Link>
          </p>
        </Notice>
      );
    case "COMMITTED": {
      const created = await didImportCreateSnapshot(actor, job.id);
      const asOf = m.date(job.snapshot?.asOf ?? job.asOf);
      return (
        <Notice title={created === false ? m.unchangedTitle : m.committedTitle}>
          <p>{created === false ? m.unchangedBody(asOf) : m.committedBody(asOf)}</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/regions" className={linkClass}>
                {m.seeRegions}
              </Link>
            </li>
            <li>
              <Link href="/regions#map" className={linkClass}>
                {m.seeMap}
              </Link>
            </li>
          </ul>
        </Notice>
      );
    }
    case "PREVIEW":
      return <Preview job={job} actor={actor} />;
  }
}

export default async function FacilityImportPage({ params }: { params: Promise<{ importId: string }> }) {
  await connection();
  const { importId } = await params;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(`/admin/facility-imports/${importId}`)}`);
  let job;
  try {
    job = await getFacilityImport(actor, importId);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const live = job.status === "PARSING" ? m.live.PARSING(job.percent) : m.live[job.status];
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/facility-imports" className="text-std-16N-170 text-blue-1000 underline">
          {m.backToList}
        </Link>
      </p>
      <PageHeading title={m.jobTitle(statusLabels[job.status])} />
      <ImportStatus message={live} polling={job.status === "PARSING"} />
      <Details job={job} />
      <Outcome job={job} actor={actor} />
    </>
  );
}
