// 募集の管理 (本庁): the calls with their period and state, extension and closing, and a form to
// open a call for a menu × 年度.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CallRowForms, OpenCallForm } from "@/components/applications/call-forms";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { listCalls } from "@/lib/applications/calls";
import { applicationMessages, callStateLabels } from "@/lib/applications/messages";
import { callPageMessages as m } from "@/lib/applications/page-messages";
import { isOffice } from "@/lib/applications/policy";
import { getActor } from "@/lib/auth/current";
import { formatFiscalYear, formatWarekiDate, formatWarekiDateTime } from "@/lib/dates/wareki";
import { dateOnly } from "@/lib/dates/date-only";
import { listSubsidyMenus, listSubsidyYears } from "@/lib/subsidies/queries";

export const metadata: Metadata = { title: m.title };

export default async function CallsPage() {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/calls");
  if (!isOffice(actor)) return <ForbiddenNotice title={m.title} message={applicationMessages.forbiddenCalls} />;
  const [calls, years] = await Promise.all([listCalls(actor), listSubsidyYears(actor)]);
  const latest = years.length > 0 ? Math.max(...years.map((y) => y.fiscalYear)) : undefined;
  const menus = latest ? (await listSubsidyMenus(actor, { fiscalYear: latest })).data : [];
  return (
    <>
      <PageHeading title={m.title} lead={m.lead} />
      <p className="mb-8 text-std-16N-170">
        <Link href="/applications" className="text-blue-1000 underline">{m.applicationsLink}</Link>
      </p>
      <section aria-labelledby="calls-heading" className="mb-12">
        <SectionHeading id="calls-heading">{m.list}</SectionHeading>
        {calls.length === 0 ? (
          <Notice title={m.none} />
        ) : (
          <DataTable
            caption={m.caption(calls.length)}
            rows={calls}
            rowKey={(c) => String(c.id)}
            columns={[
              { key: "title", header: m.columns.title, rowHeader: true, cell: (c) => c.title },
              { key: "menu", header: m.columns.menu, cell: (c) => c.menuName },
              { key: "year", header: m.columns.year, cell: (c) => formatFiscalYear(c.fiscalYear), nowrap: true },
              { key: "opens", header: m.columns.opensOn, cell: (c) => formatWarekiDate(dateOnly(c.opensOn)), nowrap: true },
              { key: "deadline", header: m.columns.deadline, cell: (c) => `${formatWarekiDateTime(c.extendedUntil ?? c.deadline)}${c.extendedUntil ? "（延長）" : ""}`, nowrap: true },
              { key: "state", header: m.columns.state, cell: (c) => (c.state === "CLOSED" ? callStateLabels.CLOSED : c.acceptingNow ? callStateLabels.OPEN : callStateLabels.PAST_DEADLINE), nowrap: true },
              { key: "count", header: m.columns.count, cell: (c) => `${c.applicationCount}件`, align: "end" },
              { key: "actions", header: m.columns.actions, cell: (c) => <CallRowForms callId={c.id} version={c.version} title={c.title} /> },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="open-heading" className="mb-12">
        <SectionHeading id="open-heading">{m.open}</SectionHeading>
        <OpenCallForm menus={menus.map((x) => ({ code: x.code, name: x.name }))} years={years.map((y) => ({ value: String(y.fiscalYear), label: formatFiscalYear(y.fiscalYear) }))} />
      </section>
    </>
  );
}
