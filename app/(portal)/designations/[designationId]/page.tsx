// One designation: its facts, the forms for what the actor may do next, its files and its history.
// Designations the actor may not see answer 404 (a 保健所 and another's candidates included).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AttachmentForm } from "@/components/designations/attachment-form";
import { DesignationActions } from "@/components/designations/designation-actions";
import { DesignationHistory } from "@/components/designations/designation-history";
import { StatusBadge } from "@/components/designations/designation-table";
import { DetailsList } from "@/components/ui/details-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { ATTACHMENT_MAX_BYTES } from "@/lib/designations/attachments";
import { designationTypeLabels } from "@/lib/designations/messages";
import { designationDetailMessages as m, designationPageMessages as pm, wareki } from "@/lib/designations/page-messages";
import { getDesignation } from "@/lib/designations/queries";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: pm.title };

interface Props {
  params: Promise<{ designationId: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}

export default async function DesignationPage({ params, searchParams }: Props) {
  await connection();
  const actor = await getActor();
  const [{ designationId }, { saved }] = await Promise.all([params, searchParams]);
  if (actor.kind === "public") redirect(`/login?next=/designations/${encodeURIComponent(designationId)}`);
  let d;
  try {
    d = await getDesignation(actor, /^\d{1,9}$/.test(designationId) ? Number(designationId) : 0);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <>
      <PageHeading
        title={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
            {d.organisation.name}（{designationTypeLabels[d.type]}）
            {d.isSample || d.organisation.isSample ? <SampleBadge /> : null}
          </span>
        }
      />
      <div role="status" className="mb-8 empty:hidden">
        {saved === "1" ? <Notice title={m.saved} /> : null}
      </div>
      <section aria-labelledby="facts-heading" className="mb-12">
        <SectionHeading id="facts-heading">{m.facts}</SectionHeading>
        <DetailsList
          rows={[
            [m.status, <StatusBadge key="s" status={d.status} />],
            [m.type, designationTypeLabels[d.type]],
            [m.regions, d.regions.map((r) => r.name).join("・") || "—"],
            [m.consultation, wareki(d.consultationStartedOn)],
            [m.designatedOn, wareki(d.designatedOn)],
            [m.periodEndsOn, wareki(d.periodEndsOn)],
            [m.noticeNumber, d.noticeNumber ?? "—"],
            [m.ended, wareki(d.endedOn)],
            [m.endReason, d.endReason ?? "—"],
            [m.proposedBy, d.proposedBy ?? "—"],
          ]}
        />
      </section>
      <DesignationActions d={d} />
      <section aria-labelledby="attachments-heading" className="mb-12">
        <SectionHeading id="attachments-heading">{m.attachmentsHeading}</SectionHeading>
        {d.attachments.length === 0 ? (
          <p className="mb-4 text-std-16N-170">{m.noAttachments}</p>
        ) : (
          <ul className="mb-6 list-disc space-y-1 pl-6 text-std-16N-170">
            {d.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/designations/${d.id}/attachments/${a.id}`}>{a.fileName}</a>（PDF、{m.attachmentSize(a.sizeBytes)}）
              </li>
            ))}
          </ul>
        )}
        {d.can.attach ? <AttachmentForm designationId={d.id} maxMiB={ATTACHMENT_MAX_BYTES / 1024 / 1024} /> : null}
      </section>
      <section aria-labelledby="history-heading" className="mb-12">
        <SectionHeading id="history-heading">{m.historyHeading}</SectionHeading>
        <DesignationHistory events={d.events} />
      </section>
      <p className="text-std-16N-170">
        <Link href="/designations">{pm.backToList}</Link>
      </p>
    </>
  );
}
