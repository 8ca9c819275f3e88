// One application: the form while it is a draft or returned (live calculation, autosave), else
// its content; the steps the viewer may take; its history.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ApplicationForm } from "@/components/applications/application-form";
import { ApplicationHistory } from "@/components/applications/application-history";
import { ApplicationSteps } from "@/components/applications/application-steps";
import { AttachmentList } from "@/components/applications/attachment-list";
import { ActionForm } from "@/components/designations/action-form";
import { DetailsList } from "@/components/ui/details-list";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SectionHeading } from "@/components/ui/section-heading";
import { returnApplicationAction } from "@/app/(portal)/applications/actions";
import { applicationStatusLabels } from "@/lib/applications/messages";
import { applicationPageMessages as m } from "@/lib/applications/page-messages";
import { getApplication } from "@/lib/applications/queries";
import { getActor } from "@/lib/auth/current";
import { formatFiscalYear, formatWarekiDateTime } from "@/lib/dates/wareki";
import { NotFoundError } from "@/lib/errors";
import { calculationRuleOf, menuNeedsQuantity } from "@/lib/subsidies/menu-rule";
import { getSubsidyMenu } from "@/lib/subsidies/queries";

export const metadata: Metadata = { title: m.detail };

const yen = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${n.toLocaleString("ja-JP")}円`);

export default async function ApplicationPage({ params }: { params: Promise<{ applicationId: string }> }) {
  await connection();
  const actor = await getActor();
  const { applicationId } = await params;
  if (actor.kind === "public") redirect(`/login?next=/applications/${encodeURIComponent(applicationId)}`);
  const app = await getApplication(actor, applicationId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const menu = await getSubsidyMenu(actor, app.menuCode, app.fiscalYear);
  const itemName = new Map(menu.items.map((i) => [i.code, i.name]));
  const options = { rule: calculationRuleOf(menu), items: menu.items.map((i) => ({ code: i.code, name: i.name })), applicantTypes: menu.applicantTypes.map((a) => ({ code: a.code, name: a.name })), needsQuantity: menuNeedsQuantity(menu) };
  const lastReturn = [...app.events].reverse().find((e) => e.kind === "return" || e.kind === "return_report");
  return (
    <>
      <PageHeading title={app.title} lead={`${applicationStatusLabels[app.status]}・${app.callTitle}（${formatFiscalYear(app.fiscalYear)}・${app.menuName}）`} />
      {app.status === "RETURNED" && lastReturn?.comment ? (
        <div className="mb-8">
          <Notice title={m.lastComment} tone="warning">
            <p className="whitespace-pre-wrap">{lastReturn.comment}</p>
          </Notice>
        </div>
      ) : null}
      <section aria-labelledby="detail-heading" className="mb-10">
        <SectionHeading id="detail-heading">{m.detail}</SectionHeading>
        {app.editable ? (
          <ApplicationForm applicationId={app.id} version={app.version} content={app.content} options={options} step={app.status === "RETURNED" ? "resubmit" : "submit"} />
        ) : (
          <DetailsList
            rows={[
              [m.columns.organisation, app.organisationName],
              ["事業の概要", app.content.outline || "—"],
              ["事業実施期間", `${app.content.periodFrom ?? "—"} 〜 ${app.content.periodTo ?? "—"}`],
              ["経費", app.items.map((i) => `${itemName.get(i.itemCode) ?? i.itemCode} ${yen(i.costYen)}${i.actualCostYen !== null ? `（実績 ${yen(i.actualCostYen)}）` : ""}`).join("、") || "—"],
              ["総事業費", yen(app.totalProjectCostYen)],
              ["寄付金その他の収入額", yen(app.otherIncomeYen)],
              [m.columns.requested, yen(app.requestedYen)],
              [m.columns.decided, app.decidedAmountYen === null ? "—" : `${yen(app.decidedAmountYen)}（補助率 ${app.decidedRate?.numerator}/${app.decidedRate?.denominator}）`],
              ["確定額", yen(app.confirmedAmountYen)],
              [m.columns.deadline, formatWarekiDateTime(app.callExtendedUntil ?? app.callDeadline)],
            ]}
          />
        )}
      </section>
      {app.actions.length > 0 && !app.editable ? (
        <section aria-labelledby="steps-heading" className="mb-10">
          <SectionHeading id="steps-heading">{m.steps}</SectionHeading>
          {app.actions.includes("return") ? (
            <ActionForm
              id="return"
              action={returnApplicationAction}
              hidden={{ applicationId: app.id, expectedVersion: String(app.version) }}
              fields={[{ name: "comment", label: m.returnComment, type: "textarea", required: true }]}
              submit={m.returnSubmit}
              success={m.returned}
            />
          ) : null}
          <ApplicationSteps applicationId={app.id} version={app.version} actions={app.actions} items={app.items.map((i) => ({ itemCode: i.itemCode, name: itemName.get(i.itemCode) ?? i.itemCode }))} content={app.content} />
        </section>
      ) : null}
      <section aria-labelledby="files-heading" className="mb-10">
        <SectionHeading id="files-heading">{m.files}</SectionHeading>
        <AttachmentList applicationId={app.id} files={app.attachments} canUpload={app.canAttach} />
      </section>
      <section aria-labelledby="history-heading" className="mb-12">
        <SectionHeading id="history-heading">{m.history}</SectionHeading>
        <ApplicationHistory events={app.events} />
      </section>
    </>
  );
}
