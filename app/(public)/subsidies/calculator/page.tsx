// 補助額の試算: the public calculator for would-be applicants, live in the browser with the same
// function the API and the review use.
import type { Metadata } from "next";
import { connection } from "next/server";
import { SubsidyCalculator } from "@/components/subsidies/subsidy-calculator";
import { YearSelectForm } from "@/components/subsidies/year-select-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { publicActor } from "@/lib/auth/actor";
import { subsidyMessages } from "@/lib/subsidies/messages";
import { pageMessages as m } from "@/lib/subsidies/page-messages";
import { yearParam } from "@/lib/subsidies/page-params";
import { defaultSubsidyYear, listSubsidyMenus, listSubsidyYears } from "@/lib/subsidies/queries";

export const metadata: Metadata = { title: m.calculatorTitle };

export default async function SubsidyCalculatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const params = await searchParams;
  const years = await listSubsidyYears(publicActor);
  const asked = yearParam(params.fiscalYear);
  const fiscalYear = asked !== null && years.some((y) => y.fiscalYear === asked) ? asked : defaultSubsidyYear(years);
  if (fiscalYear === null) {
    return (
      <>
        <PageHeading title={m.calculatorTitle} lead={m.calculatorLead} />
        <Notice title={subsidyMessages.noCatalogue} />
      </>
    );
  }
  const menus = await listSubsidyMenus(publicActor, { fiscalYear });
  const menu = typeof params.menu === "string" ? params.menu : undefined;
  return (
    <>
      <PageHeading title={m.calculatorTitle} lead={m.calculatorLead} />
      <YearSelectForm years={years} current={fiscalYear} action="/subsidies/calculator" extra={menu ? { menu } : undefined} />
      {menus.isSample ? (
        <div className="mb-8">
          <Notice title={<><SampleBadge /> {subsidyMessages.sampleNote}</>} />
        </div>
      ) : null}
      <SubsidyCalculator key={fiscalYear} menus={menus.data.map(({ ruleId: _r, version: _v, ...x }) => x)} initialMenu={menu} />
    </>
  );
}
