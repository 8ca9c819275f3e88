// 補助金申請: an applicant's applications, notices and the open calls; 本庁 sees the submitted
// applications of the prefecture and its notices.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ApplicationTable } from "@/components/applications/application-table";
import { NotificationList } from "@/components/applications/notification-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { listOpenCalls } from "@/lib/applications/calls";
import { applicationMessages } from "@/lib/applications/messages";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import { isApplicant, isOffice } from "@/lib/applications/policy";
import { listApplications, listNotifications } from "@/lib/applications/queries";
import { getActor } from "@/lib/auth/current";
import { formatWarekiDateTime } from "@/lib/dates/wareki";

export const metadata: Metadata = { title: m.title };

export default async function ApplicationsPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/applications");
  const applicant = isApplicant(actor);
  if (!applicant && !isOffice(actor)) return <ForbiddenNotice title={m.title} message={applicationMessages.forbiddenApply} />;
  const [rows, notices, calls] = await Promise.all([listApplications(actor), listNotifications(actor), applicant ? listOpenCalls(actor) : Promise.resolve([])]);
  return (
    <>
      <PageHeading title={m.title} lead={applicant ? m.lead : m.officeLead} />
      <section aria-labelledby="notices-heading" className="mb-8">
        <SectionHeading id="notices-heading">{m.notices}</SectionHeading>
        <NotificationList rows={notices} />
      </section>
      <section aria-labelledby="list-heading" className="mb-8">
        <SectionHeading id="list-heading">{m.mine}</SectionHeading>
        {rows.length === 0 ? <Notice title={m.none} /> : <ApplicationTable rows={rows} showOrganisation={!applicant} />}
      </section>
      {applicant ? (
        <section aria-labelledby="calls-heading" className="mb-12">
          <SectionHeading id="calls-heading">{m.openCalls}</SectionHeading>
          {calls.length === 0 ? (
            <Notice title={m.noCalls} />
          ) : (
            <ul className="mb-4 space-y-2">
              {calls.map((c) => (
                <li key={c.id} className="text-std-16N-170">
                  {c.title}（{c.menuName}）締切 {formatWarekiDateTime(c.extendedUntil ?? c.deadline)}
                </li>
              ))}
            </ul>
          )}
          <Link href="/applications/new" className="text-std-16B-170 text-blue-1000 underline">{m.newLink}</Link>
        </section>
      ) : null}
    </>
  );
}
