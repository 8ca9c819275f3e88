// 新しい申請: the open calls, one button each (the draft is created, then filled in).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { randomUUID } from "node:crypto";
import { CreateApplicationForm } from "@/components/applications/create-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { listOpenCalls } from "@/lib/applications/calls";
import { applicationMessages } from "@/lib/applications/messages";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import { isApplicant } from "@/lib/applications/policy";
import { getActor } from "@/lib/auth/current";
import { formatFiscalYear, formatWarekiDateTime } from "@/lib/dates/wareki";

export const metadata: Metadata = { title: m.newTitle };

export default async function NewApplicationPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/applications/new");
  if (!isApplicant(actor)) return <ForbiddenNotice title={m.newTitle} message={applicationMessages.forbiddenApply} />;
  const calls = await listOpenCalls(actor);
  return (
    <>
      <PageHeading title={m.newTitle} lead={m.newLead} />
      {calls.length === 0 ? (
        <Notice title={m.noCalls} />
      ) : (
        <ul className="space-y-6">
          {calls.map((c) => (
            <li key={c.id} className="rounded-8 border border-solid-gray-420 p-4">
              <p className="text-std-17B-170">{c.title}</p>
              <p className="mb-2 text-std-16N-170">
                {formatFiscalYear(c.fiscalYear)}・{c.menuName}・締切 {formatWarekiDateTime(c.extendedUntil ?? c.deadline)}
              </p>
              <CreateApplicationForm callId={c.id} callTitle={c.title} idempotencyKey={randomUUID()} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
