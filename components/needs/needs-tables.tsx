// The needs tables: the overview (one row per 在宅医療圏) and, for one region, the four functions
// beside the menus that address them, and its applications by state and by menu. Money in 千円.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { applicationStatusLabels } from "@/lib/applications/messages";
import { formatThousandYen } from "@/lib/budgets/amounts";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { needsMessages as m } from "@/lib/needs/messages";
import type { NeedsOverviewRow, RegionNeeds } from "@/lib/needs/queries";
import type { FunctionNeed, Money } from "@/lib/needs/shape";
import { functionLabels, functionStateLabels } from "@/lib/status-reports/messages";

function moneyColumns<R>(pick: (r: R) => Money): Column<R>[] {
  return [
    { key: "count", header: m.col.count, cell: (r) => pick(r).count, align: "end", nowrap: true },
    { key: "applied", header: m.col.applied, cell: (r) => formatThousandYen(pick(r).appliedYen), align: "end", nowrap: true },
    { key: "decided", header: m.col.decided, cell: (r) => formatThousandYen(pick(r).decidedYen), align: "end", nowrap: true },
    { key: "confirmed", header: m.col.confirmed, cell: (r) => formatThousandYen(pick(r).confirmedYen), align: "end", nowrap: true },
  ];
}

export function StateBadge({ state }: { state: string }) {
  if (state === "SHORT") return <Badge tone="orange">{functionStateLabels.SHORT}</Badge>;
  if (state === "PARTLY_SHORT") return <Badge tone="orange">{functionStateLabels.PARTLY_SHORT}</Badge>;
  if (state === "SUFFICIENT") return <Badge>{functionStateLabels.SUFFICIENT}</Badge>;
  return <span>{m.stateEmpty}</span>;
}

type OverviewRow = NeedsOverviewRow | { total: true; money: Money };

export function NeedsOverviewTable({ rows, total }: { rows: NeedsOverviewRow[]; total: Money }) {
  const columns: Column<OverviewRow>[] = [
    { key: "region", header: m.col.region, rowHeader: true, nowrap: true, cell: (r) => ("total" in r ? m.total : <Link href={`/needs/${r.code}`} prefetch={false}>{r.name}</Link>) },
    { key: "year", header: m.col.reportYear, nowrap: true, cell: (r) => ("total" in r ? "" : r.report ? formatFiscalYear(r.report.fiscalYear) : m.noReport) },
    { key: "gaps", header: m.col.gaps, cell: (r) => ("total" in r || !r.report ? "" : r.report.gaps.length === 0 ? m.none : r.report.gaps.map((k) => `${functionLabels[k]}（${functionStateLabels[r.report!.states[k] as keyof typeof functionStateLabels]}）`).join("、")) },
    ...moneyColumns<OverviewRow>((r) => r.money),
  ];
  return <DataTable caption={m.overviewCaption} columns={columns} rows={[...rows, { total: true, money: total }]} rowKey={(r) => ("total" in r ? "total" : r.code)} />;
}

export function FunctionNeedsTable({ needs, year }: { needs: FunctionNeed[]; year: number | null }) {
  const columns: Column<FunctionNeed>[] = [
    { key: "fn", header: m.col.fn, rowHeader: true, nowrap: true, cell: (f) => functionLabels[f.key] },
    { key: "state", header: m.col.state, nowrap: true, cell: (f) => <StateBadge state={f.state} /> },
    { key: "issues", header: m.col.issues, cell: (f) => <span className="whitespace-pre-wrap">{f.issues || m.none}</span> },
    {
      key: "menus",
      header: m.col.menus,
      cell: (f) =>
        f.menus.length === 0 ? (
          m.noMenus
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {f.menus.map((mn) => (
              <li key={mn.code}>
                <Link href={`/subsidies#menu-${mn.code}`} prefetch={false}>{mn.name}</Link>：{m.menuApplied(mn.money.count, formatThousandYen(mn.money.decidedYen))}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return <DataTable caption={m.functionsCaption(year)} columns={columns} rows={needs} rowKey={(f) => f.key} />;
}

type KeyedMoney = { key: string; name?: string; money: Money };

export function ApplicationTotalsTables({ needs }: { needs: RegionNeeds }) {
  const total: KeyedMoney = { key: "total", money: needs.total };
  const first = (label: string, name: (r: KeyedMoney) => string): Column<KeyedMoney> => ({ key: "name", header: label, rowHeader: true, cell: (r) => (r.key === "total" ? m.total : name(r)) });
  return (
    <div className="space-y-6">
      <DataTable caption={m.byStatusCaption} columns={[first(m.col.status, (r) => applicationStatusLabels[r.key as keyof typeof applicationStatusLabels] ?? r.key), ...moneyColumns<KeyedMoney>((r) => r.money)]} rows={[...needs.byStatus, total]} rowKey={(r) => r.key} />
      <DataTable caption={m.byMenuCaption} columns={[first(m.col.menu, (r) => r.name ?? r.key), ...moneyColumns<KeyedMoney>((r) => r.money)]} rows={[...needs.byMenu, total]} rowKey={(r) => r.key} />
    </div>
  );
}
