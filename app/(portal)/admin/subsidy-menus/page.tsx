// 補助メニューの管理 (本庁): a 年度's figures menu by menu, and (本庁管理者) starting the next 年度.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { MenuRuleForm } from "@/components/subsidies/menu-rule-form";
import { StartNextYearForm } from "@/components/subsidies/start-next-year-form";
import { YearSelectForm } from "@/components/subsidies/year-select-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { getActor } from "@/lib/auth/current";
import { formatFiscalYear, formatFiscalYearWithSeireki } from "@/lib/dates/wareki";
import { ForbiddenError } from "@/lib/errors";
import { getSubsidyAdminView } from "@/lib/subsidies/admin-queries";
import { subsidyMessages } from "@/lib/subsidies/messages";
import { pageMessages as m } from "@/lib/subsidies/page-messages";
import { programmesOf, yearParam } from "@/lib/subsidies/page-params";
import { startNextSubsidyYearAction, updateMenuRuleAction } from "./actions";

export const metadata: Metadata = { title: m.editTitle };

export default async function SubsidyMenusAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const actor = await getActor();
  if (actor.kind === "public") redirect("/login?next=/admin/subsidy-menus");
  const asked = yearParam((await searchParams).fiscalYear);
  let view;
  try {
    view = await getSubsidyAdminView(actor, { fiscalYear: asked });
  } catch (err) {
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.editTitle} message={err.message} />;
    throw err;
  }
  const { fiscalYear } = view;
  if (fiscalYear === null) {
    return (
      <>
        <PageHeading title={m.editTitle} lead={m.editLead} />
        <Notice title={subsidyMessages.noCatalogue} />
      </>
    );
  }
  const nextYear = formatFiscalYear(fiscalYear + 1);
  return (
    <>
      <PageHeading title={m.editTitle} lead={m.editLead} />
      <YearSelectForm years={view.years} current={fiscalYear} action="/admin/subsidy-menus" />
      {view.isSample ? (
        <div className="mb-8">
          <Notice title={<><SampleBadge /> {subsidyMessages.sampleNote}</>} />
        </div>
      ) : null}
      <section aria-labelledby="next-year" className="mb-12">
        <SectionHeading id="next-year">{m.startNextHeading}</SectionHeading>
        {view.canStartNext ? (
          <StartNextYearForm action={startNextSubsidyYearAction} fromYear={fiscalYear} label={m.startNext(nextYear)} success={subsidyMessages.started(nextYear)} />
        ) : (
          <p className="text-std-16N-170">{view.years.some((y) => y.fiscalYear === fiscalYear + 1) ? m.startNextNone : subsidyMessages.forbiddenStart}</p>
        )}
      </section>
      {programmesOf(view.menus).map((p) => (
        <section key={p.code} aria-labelledby={`programme-${p.code}`} className="mb-12">
          <SectionHeading id={`programme-${p.code}`} aside={formatFiscalYearWithSeireki(fiscalYear)}>
            {p.name}
          </SectionHeading>
          <div className="space-y-4">
            {p.menus.map((menu) => (
              <details key={menu.ruleId} className="rounded-8 border border-solid-gray-420 p-4">
                <summary className="cursor-pointer text-std-17B-170">{menu.name}</summary>
                <div className="mt-4">
                  <MenuRuleForm menu={menu} action={updateMenuRuleAction} />
                </div>
              </details>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
