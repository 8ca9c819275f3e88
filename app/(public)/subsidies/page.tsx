// 補助メニュー: the catalogue of a 年度, menu by menu under their programmes (事業), with a link to
// the calculator for each.
import type { Metadata } from "next";
import { connection } from "next/server";
import { MenuCard } from "@/components/subsidies/menu-card";
import { YearSelectForm } from "@/components/subsidies/year-select-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { publicActor } from "@/lib/auth/actor";
import { formatFiscalYearWithSeireki } from "@/lib/dates/wareki";
import { subsidyMessages } from "@/lib/subsidies/messages";
import { pageMessages as m } from "@/lib/subsidies/page-messages";
import { defaultSubsidyYear, listSubsidyMenus, listSubsidyYears } from "@/lib/subsidies/queries";
import { programmesOf, yearParam } from "@/lib/subsidies/page-params";

export const metadata: Metadata = { title: m.catalogueTitle };

export default async function SubsidyMenusPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const years = await listSubsidyYears(publicActor);
  const asked = yearParam((await searchParams).fiscalYear);
  const fiscalYear = asked !== null && years.some((y) => y.fiscalYear === asked) ? asked : defaultSubsidyYear(years);
  if (fiscalYear === null) {
    return (
      <>
        <PageHeading title={m.catalogueTitle} lead={m.catalogueLead} />
        <Notice title={subsidyMessages.noCatalogue} />
      </>
    );
  }
  const menus = await listSubsidyMenus(publicActor, { fiscalYear });
  const yearText = formatFiscalYearWithSeireki(fiscalYear);
  return (
    <>
      <PageHeading title={m.catalogueTitle} lead={m.catalogueLead} />
      <YearSelectForm years={years} current={fiscalYear} action="/subsidies" />
      {asked !== null && asked !== fiscalYear ? (
        <div className="mb-8">
          <Notice tone="warning" title={subsidyMessages.notFoundMenu} />
        </div>
      ) : null}
      {menus.isSample ? (
        <div className="mb-8">
          <Notice title={<><SampleBadge /> {subsidyMessages.sampleNote}</>} />
        </div>
      ) : null}
      <p className="mb-8 text-std-16N-170">
        <a href={`/subsidies/calculator?fiscalYear=${fiscalYear}`}>{m.calculatorTitle}</a>
      </p>
      {programmesOf(menus.data).map((p) => (
        <section key={p.code} aria-labelledby={`programme-${p.code}`} className="mb-12">
          <SectionHeading id={`programme-${p.code}`} aside={yearText}>
            {p.name}
          </SectionHeading>
          <div className="space-y-6">
            {p.menus.map((menu) => (
              <MenuCard key={menu.code} menu={menu} calculatorHref={`/subsidies/calculator?fiscalYear=${fiscalYear}&menu=${menu.code}`} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
