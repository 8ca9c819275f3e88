// Exports: every readable report of a 年度 as one CSV (a row per report), and one report as an
// Excel workbook (exceljs) with a sheet per section.
import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseNotFound } from "@/lib/audit/refusals";
import type { FileBody } from "@/lib/api/endpoint";
import { db } from "@/lib/db";
import { todayInJapan } from "@/lib/dates/date-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { scopeOfActor } from "@/lib/health-centers/scope";
import { csvText, type CsvValue } from "@/lib/http/csv";
import type { ReportFacts } from "./facts";
import { FUNCTION_KEYS, MUNICIPAL_ITEMS, ReportContentV1Schema } from "./form-v1";
import { functionLabels, functionStateLabels, itemStateLabels, municipalItemLabels, reportMessages as m, reportStatusLabels } from "./messages";
import { canReadReport, mayOpenReports } from "./policy";
import { getReport } from "./queries";

const state = (s: string) => (s ? (functionStateLabels as Record<string, string>)[s] : "");
const item = (s: string) => (s ? (itemStateLabels as Record<string, string>)[s] : "");

export async function exportReportsCsv(actor: Actor, fiscalYear: number): Promise<FileBody> {
  const target = { action: "status_report.export", entityType: "status_report" };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!mayOpenReports(actor)) await refuseNotFound(actor, target, m.notFound);
  const scope = await scopeOfActor(actor, todayInJapan());
  const rows = await db().statusReport.findMany({
    where: { fiscalYear, ...(actor.kind === "user" ? { prefectureId: actor.prefectureId } : {}) },
    include: { region: { select: { code: true, name: true, sortOrder: true } } },
    orderBy: [{ region: { sortOrder: "asc" } }, { region: { code: "asc" } }],
  });
  const header = ["在宅医療圏コード", "在宅医療圏", "年度", "状態", "版", "様式", "提出日時", ...FUNCTION_KEYS.flatMap((k) => [`${functionLabels[k]}：状態`, `${functionLabels[k]}：課題`, `${functionLabels[k]}：対応策`]), "協議体の会議（回）", "研修（回）", "住民向け講演会（回）", "（ク）市町村をまたぐ連携", "医療機関名簿の現在日", "在宅療養支援診療所", "在宅療養支援病院"];
  const lines: CsvValue[][] = rows
    .filter((r) => canReadReport(actor, scope, r))
    .map((r) => {
      const c = ReportContentV1Schema.parse(r.content);
      const f = r.frozenFacts as unknown as ReportFacts | null;
      return [r.region.code, r.region.name, formatFiscalYear(r.fiscalYear), reportStatusLabels[r.status], r.version, r.formVersion, r.submittedAt?.toISOString() ?? "", ...FUNCTION_KEYS.flatMap((k) => [state(c.functions[k].state), c.functions[k].issues, c.functions[k].measures]), c.council.meetings.length, c.council.trainings.length, c.council.publicLectures.length, c.coordination, f?.facilitiesAsOf ?? "", f?.clinics?.total ?? "", f?.hospitals?.total ?? ""];
    });
  return { body: csvText(header, lines), fileName: `status-reports-${fiscalYear}.csv`, displayName: `状況報告_${formatFiscalYear(fiscalYear)}.csv` };
}

export async function exportReportXlsx(actor: Actor, reportId: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string; displayName: string }> {
  const r = await getReport(actor, reportId);
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet("概要");
  summary.addRows([["在宅医療圏", r.region.name], ["年度", formatFiscalYear(r.fiscalYear)], ["状態", reportStatusLabels[r.status]], ["版", r.version], ["様式", `第${r.formVersion}版`], ["医療機関名簿の現在日", r.facts.facilitiesAsOf ?? ""], ["在宅療養支援診療所", r.facts.clinics?.total ?? ""], ["在宅療養支援病院", r.facts.hospitals?.total ?? ""], ["（ク）市町村をまたぐ連携", r.content.coordination], ["その他", r.content.remarks]]);
  const fns = wb.addWorksheet("4つの医療機能");
  fns.addRow(["機能", "状態", "課題", "対応策", "指標"]);
  for (const k of FUNCTION_KEYS) fns.addRow([functionLabels[k], state(r.content.functions[k].state), r.content.functions[k].issues, r.content.functions[k].measures, r.content.functions[k].indicators]);
  const council = wb.addWorksheet("協議体の活動");
  council.addRow(["区分", "日付", "内容", "参加者数"]);
  for (const [label, list] of [["協議体の会議", r.content.council.meetings], ["研修", r.content.council.trainings], ["住民向け講演会", r.content.council.publicLectures]] as const) for (const e of list) council.addRow([label, e.date, e.title, e.participants ?? ""]);
  council.addRow(["WG・部会", "", r.content.council.workingGroups, ""]);
  const mu = wb.addWorksheet("市町村の取組");
  mu.addRow(["市町村", ...MUNICIPAL_ITEMS.flatMap((k) => [municipalItemLabels[k], "備考"])]);
  for (const x of r.content.municipalities) mu.addRow([x.name, ...MUNICIPAL_ITEMS.flatMap((k) => [item(x.items[k].state), x.items[k].note])]);
  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), fileName: `status-report-${r.id}.xlsx`, displayName: `状況報告_${r.region.name}_${formatFiscalYear(r.fiscalYear)}.xlsx` };
}
