import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { getActor } from "@/lib/auth/current";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { listOutbox } from "@/lib/mail/queries";
import { formatDateTime, userPageMessages as m } from "@/lib/users/page-messages";

export const metadata: Metadata = { title: m.outboxTitle };

export default async function OutboxPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/outbox");
  let mails;
  try {
    mails = await listOutbox(actor);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.outboxTitle} message={err.message} />;
    throw err;
  }
  return (
    <>
      <PageHeading title={m.outboxTitle} lead={m.outboxLead} />
      {mails.length === 0 ? (
        <p className="text-std-16N-170">{m.outboxEmpty}</p>
      ) : (
        <DataTable
          caption={m.outboxCaption}
          rows={mails}
          rowKey={(x) => x.id}
          columns={[
            { key: "created", header: m.queuedAt, nowrap: true, cell: (x) => formatDateTime(x.createdAt) },
            { key: "to", header: m.to, cell: (x) => <span className="break-all">{x.to}</span> },
            { key: "subject", header: m.subject, rowHeader: true, cell: (x) => x.subject },
            {
              key: "body",
              header: m.body,
              cell: (x) => <pre className="max-w-[40em] whitespace-pre-wrap break-all font-sans text-dns-14N-130">{x.body}</pre>,
            },
            {
              key: "status",
              header: m.col.status,
              cell: (x) => (x.sentAt ? m.outboxSent(formatDateTime(x.sentAt)) : x.error ? m.outboxFailed(x.error) : m.outboxQueued),
            },
          ]}
        />
      )}
    </>
  );
}
