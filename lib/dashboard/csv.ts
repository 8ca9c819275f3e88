// The dashboard's tables as CSV (ADR 0028): the same rows as the page's tables, money in 千円
// (toward zero, as the tables show it), dates ISO. One function per table, pure.
import { formatFiscalYear } from "@/lib/dates/wareki";
import { csvOf, type CsvColumn } from "@/lib/http/csv";
import { REPORT_STATUSES } from "@/lib/status-reports/schema";
import type { FileBody } from "@/lib/api/endpoint";
import { dashboardMessages as m } from "./messages";
import type { OverdueItem, OverdueKind } from "./overdue";
import type { Dashboard } from "./queries";
import type { DashboardTable } from "./schema";
import { daysSince, thousandYen, type RoadmapRow } from "./shape";

const range = (r: { min: number; max: number }) => m.roadmap.range(r.min, r.max);

function roadmap(d: Dashboard): string {
  const c = m.roadmap.col;
  const columns: CsvColumn<RoadmapRow>[] = [
    { header: c.year, value: (r) => formatFiscalYear(r.fiscalYear) },
    { header: "年度（西暦）", value: (r) => r.fiscalYear },
    { header: c.target, value: (r) => (r.target === "remaining" ? m.roadmap.remaining : range(r.target)) },
    { header: c.targetCumulative, value: (r) => range(r.targetCumulative) },
    { header: c.planned, value: (r) => r.plannedCumulative },
    { header: c.base, value: (r) => r.base },
    { header: c.activeRole, value: (r) => r.activeRole },
    { header: c.done, value: (r) => r.done },
    { header: c.countedOn, value: (r) => r.countedOn },
  ];
  return csvOf(columns, d.roadmap.rows);
}

function budgets(d: Dashboard): string {
  const c = m.budgets.col;
  const k = (label: string) => `${label}（千円）`;
  const columns: CsvColumn<Dashboard["budgets"]["rows"][number]>[] = [
    { header: "年度", value: () => d.fiscalYear },
    { header: "予算事業コード", value: (r) => r.lineCode },
    { header: c.line, value: (r) => r.lineName },
    { header: c.programme, value: (r) => r.programmeName },
    { header: k(c.initial), value: (r) => thousandYen(r.initialYen) },
    { header: k(c.supplement), value: (r) => thousandYen(r.amountYen - r.initialYen) },
    { header: k(c.amount), value: (r) => thousandYen(r.amountYen) },
    { header: k(c.committed), value: (r) => thousandYen(r.committedYen) },
    { header: k(c.paid), value: (r) => thousandYen(r.paidYen) },
    { header: k(c.remaining), value: (r) => thousandYen(r.amountYen - r.committedYen) },
    { header: m.sample, value: (r) => (r.isSample ? "サンプル" : "") },
  ];
  return csvOf(columns, d.budgets.rows);
}

function facilities(d: Dashboard): string {
  const c = m.facilities.col;
  const columns: CsvColumn<Dashboard["facilities"][number]>[] = [
    { header: c.asOf, value: (r) => r.asOf },
    { header: c.clinicTypes[0], value: (r) => r.clinics.type1 },
    { header: c.clinicTypes[1], value: (r) => r.clinics.type2 },
    { header: c.clinicTypes[2], value: (r) => r.clinics.type3 },
    { header: c.clinics, value: (r) => r.clinics.total },
    { header: c.hospitalTypes[0], value: (r) => r.hospitals.type1 },
    { header: c.hospitalTypes[1], value: (r) => r.hospitals.type2 },
    { header: c.hospitalTypes[2], value: (r) => r.hospitals.type3 },
    { header: c.hospitals, value: (r) => r.hospitals.total },
  ];
  return csvOf(columns, d.facilities);
}

function reports(d: Dashboard): string {
  const c = m.reports.col;
  const columns: CsvColumn<Dashboard["reports"][number]>[] = [
    { header: c.year, value: (r) => formatFiscalYear(r.fiscalYear) },
    { header: "年度（西暦）", value: (r) => r.fiscalYear },
    { header: c.notStarted, value: (r) => r.notStarted },
    ...REPORT_STATUSES.map((s) => ({ header: c[s], value: (r: Dashboard["reports"][number]) => r.counts[s] })),
    { header: c.dueOn, value: (r) => r.dueOn },
  ];
  return csvOf(columns, d.reports);
}

function overdue(d: Dashboard): string {
  const c = m.overdue.col;
  const rows = d.overdue.flatMap((l) => l.items.map((item) => ({ kind: l.kind, item })));
  const columns: CsvColumn<{ kind: OverdueKind; item: OverdueItem }>[] = [
    { header: "区分", value: (r) => m.overdue.kinds[r.kind] },
    { header: c.item, value: (r) => (r.kind === "report" ? m.overdue.reportTitle(r.item.fiscalYear ?? 0) : r.item.title) },
    { header: c.subject, value: (r) => r.item.subject },
    { header: "期限・開始日", value: (r) => r.item.since },
    { header: c.days, value: (r) => daysSince(r.item.since, d.today) },
    { header: "URL（パス）", value: (r) => r.item.href },
  ];
  return csvOf(columns, rows);
}

const render: Record<DashboardTable, (d: Dashboard) => string> = { roadmap, budgets, facilities, reports, overdue };

/** The CSV file of one table of the dashboard. */
export function dashboardCsv(d: Dashboard, table: DashboardTable): FileBody {
  const name = table === "budgets" ? m.csvNames.budgets(d.fiscalYear) : m.csvNames[table];
  const suffix = table === "budgets" ? `-${d.fiscalYear}` : "";
  return { body: render[table](d), fileName: `dashboard-${table}${suffix}-${d.today}.csv`, displayName: `${name}_${d.today}.csv` };
}
