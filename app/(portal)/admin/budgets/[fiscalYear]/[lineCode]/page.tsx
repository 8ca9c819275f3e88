// One budget (予算事業 × 年度): its amounts in 円, the 補正 history, the allocation by menu, the
// ledger of 交付決定・確定, and — for 本庁管理者 — the forms for 補正 and allocation.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { AllocationForm } from "@/components/budgets/allocation-form";
import { BudgetLedgerTable } from "@/components/budgets/budget-ledger-table";
import { SupplementForm } from "@/components/budgets/supplement-form";
import { ForbiddenNotice } from "@/components/users/forbidden-notice";
import { DataTable } from "@/components/ui/data-table";
import { DetailsList } from "@/components/ui/details-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SampleBadge } from "@/components/ui/sample-badge";
import { SectionHeading } from "@/components/ui/section-heading";
import { getActor } from "@/lib/auth/current";
import { budgetPageMessages as m } from "@/lib/budgets/page-messages";
import { getBudget } from "@/lib/budgets/queries";
import { FiscalYearParam } from "@/lib/budgets/schema";
import { formatFiscalYearWithSeireki, formatWarekiDate } from "@/lib/dates/wareki";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: m.title };

export default async function BudgetPage({ params }: { params: Promise<{ fiscalYear: string; lineCode: string }> }) {
  await connection();
  const { fiscalYear, lineCode } = await params;
  const path = `/admin/budgets/${fiscalYear}/${lineCode}`;
  const actor = await getActor();
  if (actor.kind === "public") redirect(`/login?next=${encodeURIComponent(path)}`);
  const year = FiscalYearParam.safeParse(fiscalYear);
  if (!year.success) notFound();
  let b;
  try {
    b = await getBudget(actor, year.data, lineCode);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return <ForbiddenNotice title={m.title} message={err.message} />;
    throw err;
  }
  const yen = m.yen;
  const details: [string, React.ReactNode][] = [
    [m.detailRows.year, formatFiscalYearWithSeireki(b.fiscalYear)],
    [m.detailRows.programme, b.programmeName ?? m.none],
    [m.detailRows.sites, m.sites(b.plannedSites)],
    [m.detailRows.menus, b.menus.length > 0 ? b.menus.join("、") : m.noMenus],
    [m.col.initial, yen(b.initialYen)],
    [m.col.supplement, yen(b.supplementYen)],
    [m.col.amount, yen(b.amountYen)],
    [m.col.committed, yen(b.committedYen)],
    [m.col.paid, yen(b.paidYen)],
    [m.col.remaining, yen(b.remainingYen)],
    [m.detailRows.note, b.note ?? m.none],
  ];
  return (
    <>
      <p className="mb-4">
        <Link href={`/admin/budgets?year=${b.fiscalYear}`} className="text-std-16N-170 text-blue-1000 underline">
          {m.backToList}
        </Link>
      </p>
      <PageHeading title={<>{m.detailTitle(b.fiscalYear, b.lineName)}{b.isSample ? <span className="ml-3 align-middle"><SampleBadge /></span> : null}</>} />
      <section aria-labelledby="details-heading" className="mb-12">
        <SectionHeading id="details-heading">{m.detailsHeading}</SectionHeading>
        <DetailsList rows={details} />
      </section>
      <section aria-labelledby="supplements-heading" className="mb-12 space-y-6">
        <SectionHeading id="supplements-heading">{m.supplementsHeading}</SectionHeading>
        {b.supplements.length === 0 ? (
          <p className="text-std-16N-170">{m.noSupplements}</p>
        ) : (
          <DataTable
            caption={m.supplementsCaption}
            rows={b.supplements}
            rowKey={(s) => String(s.id)}
            columns={[
              { key: "date", header: m.supplementCol.decidedOn, rowHeader: true, nowrap: true, cell: (s) => <time dateTime={s.decidedOn}>{formatWarekiDate(new Date(`${s.decidedOn}T00:00:00+09:00`))}</time> },
              { key: "amount", header: m.supplementCol.amount, align: "end", nowrap: true, cell: (s) => yen(s.amountYen) },
              { key: "reason", header: m.supplementCol.reason, cell: (s) => s.reason },
              { key: "by", header: m.supplementCol.by, cell: (s) => s.by ?? m.none },
            ]}
          />
        )}
        {b.canEdit ? (
          <div>
            <h3 className="mb-2 text-std-20B-150">{m.addSupplementHeading}</h3>
            <p className="mb-4 max-w-[48em] text-std-16N-170">{m.addSupplementLead}</p>
            <SupplementForm budgetId={b.id} version={b.version} path={path} />
          </div>
        ) : (
          <p className="text-std-16N-170">{m.readOnlyNote}</p>
        )}
      </section>
      <section aria-labelledby="allocations-heading" className="mb-12 space-y-6">
        <SectionHeading id="allocations-heading">{m.allocationsHeading}</SectionHeading>
        {b.fundedMenus.length === 0 ? (
          <p className="text-std-16N-170">{m.noFundedMenus}</p>
        ) : (
          <>
            <p className="max-w-[48em] text-std-16N-170">{m.allocationsLead}</p>
            {b.allocations.length === 0 ? (
              <p className="text-std-16N-170">{m.noAllocations}</p>
            ) : (
              <DataTable
                caption={m.allocationsCaption}
                rows={b.allocations}
                rowKey={(a) => String(a.id)}
                columns={[
                  { key: "menu", header: m.allocationCol.menu, rowHeader: true, cell: (a) => a.menuName },
                  { key: "amount", header: m.allocationCol.amount, align: "end", nowrap: true, cell: (a) => yen(a.amountYen) },
                  { key: "committed", header: m.allocationCol.committed, align: "end", nowrap: true, cell: (a) => yen(a.committedYen) },
                  { key: "paid", header: m.allocationCol.paid, align: "end", nowrap: true, cell: (a) => yen(a.paidYen) },
                  { key: "remaining", header: m.allocationCol.remaining, align: "end", nowrap: true, cell: (a) => yen(a.remainingYen) },
                ]}
              />
            )}
            {b.canEdit ? (
              <div>
                <h3 className="mb-4 text-std-20B-150">{m.setAllocationHeading}</h3>
                <AllocationForm budgetId={b.id} version={b.version} path={path} menus={b.fundedMenus} />
              </div>
            ) : null}
          </>
        )}
      </section>
      <section aria-labelledby="ledger-heading">
        <SectionHeading id="ledger-heading">{m.ledgerHeading}</SectionHeading>
        <BudgetLedgerTable entries={b.entries} />
      </section>
    </>
  );
}
