// The dashboard's tables: the same numbers as its charts (and its CSV files), money in 千円.
import { DataTable, type Column } from "@/components/ui/data-table";
import { SampleBadge } from "@/components/ui/sample-badge";
import { formatThousandYen } from "@/lib/budgets/amounts";
import { dashboardMessages as m } from "@/lib/dashboard/messages";
import type { Dashboard } from "@/lib/dashboard/queries";
import type { FacilityTrendRow, ReportStateRow, RoadmapRow } from "@/lib/dashboard/shape";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { wareki } from "@/lib/designations/page-messages";
import { REPORT_STATUSES } from "@/lib/status-reports/schema";

const range = (r: { min: number; max: number }) => m.roadmap.range(r.min, r.max);
const orNotYet = (n: number | null) => (n === null ? m.roadmap.notYet : n);

export function RoadmapTable({ rows }: { rows: RoadmapRow[] }) {
  const c = m.roadmap.col;
  const columns: Column<RoadmapRow>[] = [
    { key: "year", header: c.year, cell: (r) => formatFiscalYear(r.fiscalYear), rowHeader: true, nowrap: true },
    { key: "target", header: c.target, cell: (r) => (r.target === "remaining" ? m.roadmap.remaining : range(r.target)), align: "end" },
    { key: "targetCumulative", header: c.targetCumulative, cell: (r) => range(r.targetCumulative), align: "end" },
    { key: "planned", header: c.planned, cell: (r) => r.plannedCumulative, align: "end" },
    { key: "base", header: c.base, cell: (r) => orNotYet(r.base), align: "end" },
    { key: "activeRole", header: c.activeRole, cell: (r) => orNotYet(r.activeRole), align: "end" },
    { key: "done", header: c.done, cell: (r) => orNotYet(r.done), align: "end" },
    { key: "countedOn", header: c.countedOn, cell: (r) => (r.base === null ? m.none : wareki(r.countedOn)), nowrap: true },
  ];
  return <DataTable caption={m.roadmap.caption} columns={columns} rows={rows} rowKey={(r) => String(r.fiscalYear)} />;
}

type BudgetRow = Dashboard["budgets"]["rows"][number];
type BudgetTableRow = BudgetRow | ({ total: true } & Dashboard["budgets"]["totals"]);

export function BudgetExecutionTable({ year, budgets }: { year: number; budgets: Dashboard["budgets"] }) {
  const c = m.budgets.col;
  const k = (pick: (r: BudgetTableRow) => number) => (r: BudgetTableRow) => formatThousandYen(pick(r));
  const columns: Column<BudgetTableRow>[] = [
    {
      key: "line",
      header: c.line,
      rowHeader: true,
      cell: (r) => ("total" in r ? m.total : <span className="inline-flex flex-wrap items-center gap-1">{r.lineName}{r.isSample ? <SampleBadge /> : null}</span>),
    },
    { key: "programme", header: c.programme, cell: (r) => ("total" in r ? "" : (r.programmeName ?? m.none)) },
    { key: "initial", header: c.initial, cell: k((r) => r.initialYen), align: "end", nowrap: true },
    { key: "supplement", header: c.supplement, cell: k((r) => r.amountYen - r.initialYen), align: "end", nowrap: true },
    { key: "amount", header: c.amount, cell: k((r) => r.amountYen), align: "end", nowrap: true },
    { key: "committed", header: c.committed, cell: k((r) => r.committedYen), align: "end", nowrap: true },
    { key: "paid", header: c.paid, cell: k((r) => r.paidYen), align: "end", nowrap: true },
    { key: "remaining", header: c.remaining, cell: k((r) => r.amountYen - r.committedYen), align: "end", nowrap: true },
    { key: "rate", header: c.rate, cell: (r) => m.budgets.rate(r.committedYen, r.amountYen), align: "end", nowrap: true },
  ];
  const rows: BudgetTableRow[] = [...budgets.rows, { total: true, ...budgets.totals }];
  return <DataTable caption={m.budgets.caption(year)} columns={columns} rows={rows} rowKey={(r) => ("total" in r ? "total" : r.lineCode)} />;
}

export function FacilityTrendTable({ rows }: { rows: FacilityTrendRow[] }) {
  const c = m.facilities.col;
  const columns: Column<FacilityTrendRow>[] = [
    { key: "asOf", header: c.asOf, cell: (r) => wareki(r.asOf), rowHeader: true, nowrap: true },
    { key: "c1", header: c.clinicTypes[0], cell: (r) => r.clinics.type1, align: "end" },
    { key: "c2", header: c.clinicTypes[1], cell: (r) => r.clinics.type2, align: "end" },
    { key: "c3", header: c.clinicTypes[2], cell: (r) => r.clinics.type3, align: "end" },
    { key: "c", header: c.clinics, cell: (r) => r.clinics.total, align: "end" },
    { key: "h1", header: c.hospitalTypes[0], cell: (r) => r.hospitals.type1, align: "end" },
    { key: "h2", header: c.hospitalTypes[1], cell: (r) => r.hospitals.type2, align: "end" },
    { key: "h3", header: c.hospitalTypes[2], cell: (r) => r.hospitals.type3, align: "end" },
    { key: "h", header: c.hospitals, cell: (r) => r.hospitals.total, align: "end" },
  ];
  return <DataTable caption={m.facilities.caption} columns={columns} rows={rows} rowKey={(r) => r.asOf} />;
}

export function ReportStateTable({ rows }: { rows: ReportStateRow[] }) {
  const c = m.reports.col;
  const columns: Column<ReportStateRow>[] = [
    { key: "year", header: c.year, cell: (r) => formatFiscalYear(r.fiscalYear), rowHeader: true, nowrap: true },
    { key: "notStarted", header: c.notStarted, cell: (r) => r.notStarted, align: "end" },
    ...REPORT_STATUSES.map((s): Column<ReportStateRow> => ({ key: s, header: c[s], cell: (r) => r.counts[s], align: "end" })),
    { key: "dueOn", header: c.dueOn, cell: (r) => wareki(r.dueOn), nowrap: true },
  ];
  return <DataTable caption={m.reports.caption} columns={columns} rows={rows} rowKey={(r) => String(r.fiscalYear)} />;
}
