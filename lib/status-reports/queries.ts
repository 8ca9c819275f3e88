// Reading reports: the list/overview (regions × 年度 with each report's state) and one report with
// its figures (frozen once submitted, live before), review comments, history and files.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { dateOnly, isoDate, todayInJapan } from "@/lib/dates/date-only";
import { scopeOfActor } from "@/lib/health-centers/scope";
import { validOn } from "@/lib/validity";
import { loadReport } from "./access";
import { diffContent, type FieldChange } from "./diff";
import { currentFacts, type ReportFacts } from "./facts";
import { ReportContentV1Schema, type FunctionKey, type FunctionState, type ReportContentV1 } from "./form-v1";
import { reportMessages as m } from "./messages";
import { canReadReport, canReviewReport, canWriteReport, isViewer, mayOpenReports } from "./policy";
import type { ReportStatus } from "./schema";
import { isEditable } from "./workflow";

export interface OverviewRow {
  region: { id: number; code: string; name: string };
  writable: boolean;
  report: { id: number; status: ReportStatus; version: number; isSample: boolean; submittedAt: string | null; functions: Record<FunctionKey, FunctionState | ""> } | null;
}

export interface ReportsOverview {
  fiscalYear: number;
  dueOn: string | null;
  rows: OverviewRow[];
  mayCreate: boolean;
  mayReview: boolean;
}

async function refuseUnlessOpen(actor: Actor, action: string) {
  const target = { action, entityType: "status_report" };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  if (!mayOpenReports(actor)) await refuseNotFound(actor, target, m.notFound);
}

/** The regions the actor reads, each with its report of `fiscalYear` (if any and readable). */
export async function getReportsOverview(actor: Actor, fiscalYear: number): Promise<ReportsOverview> {
  await refuseUnlessOpen(actor, "status_report.list");
  const prefectureId = actor.kind === "user" ? actor.prefectureId : null;
  const today = todayInJapan();
  const scope = await scopeOfActor(actor, today);
  const regionWhere = { ...(prefectureId ? { prefectureId } : {}), ...(scope.kind === "health_center" ? { id: { in: scope.readRegionIds } } : {}) };
  const [regions, reports, deadline] = await Promise.all([
    db().homeCareRegion.findMany({ where: { ...regionWhere, ...validOn(dateOnly(today)) }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, prefectureId: true } }),
    db().statusReport.findMany({ where: { ...(prefectureId ? { prefectureId } : {}), fiscalYear }, select: { id: true, regionId: true, prefectureId: true, status: true, version: true, isSample: true, submittedAt: true, content: true, region: { select: { id: true, code: true, name: true } } } }),
    prefectureId ? db().statusReportDeadline.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear } } }) : null,
  ]);
  const byRegion = new Map(reports.map((r) => [r.regionId, r]));
  // Reports of regions that have since ended still show (they stay with the old region).
  const allRegions = [...regions, ...reports.filter((r) => !regions.some((g) => g.id === r.regionId)).map((r) => ({ ...r.region, prefectureId: r.prefectureId }))];
  const rows: OverviewRow[] = [];
  for (const g of allRegions) {
    const r = byRegion.get(g.id);
    const readable = r ? canReadReport(actor, scope, r) : false;
    if (isViewer(actor) && !readable) continue;
    if (scope.kind === "health_center" && !scope.readRegionIds.includes(g.id)) continue;
    const content = r && readable ? ReportContentV1Schema.safeParse(r.content) : null;
    rows.push({
      region: { id: g.id, code: g.code, name: g.name },
      writable: scope.kind === "health_center" && scope.writeRegionIds.includes(g.id),
      report:
        r && readable
          ? {
              id: r.id,
              status: r.status,
              version: r.version,
              isSample: r.isSample,
              submittedAt: r.submittedAt?.toISOString() ?? null,
              functions: content?.success ? (Object.fromEntries(Object.entries(content.data.functions).map(([k, v]) => [k, v.state])) as OverviewRow["report"] extends infer T ? T extends { functions: infer F } ? F : never : never) : { discharge: "", daily: "", emergency: "", endOfLife: "" },
            }
          : null,
    });
  }
  return { fiscalYear, dueOn: deadline ? isoDate(deadline.dueOn) : null, rows, mayCreate: scope.kind === "health_center", mayReview: actor.kind === "user" && canReviewReport(actor, { prefectureId: actor.prefectureId }) };
}

export interface ReportHistoryEntry {
  id: number;
  kind: string;
  version: number;
  reason: string | null;
  comments: Record<string, string> | null;
  actorLabel: string;
  occurredAt: string;
  /** For submissions and approvals: what changed since the previous submission. */
  changes: FieldChange[] | null;
}

export interface ReportDetail {
  id: number;
  region: { code: string; name: string };
  fiscalYear: number;
  status: ReportStatus;
  formVersion: number;
  version: number;
  isSample: boolean;
  content: ReportContentV1;
  facts: ReportFacts;
  factsFrozen: boolean;
  reviewComments: Record<string, string> | null;
  attachments: { id: string; fileName: string; sizeBytes: number }[];
  history: ReportHistoryEntry[];
  can: { edit: boolean; submit: boolean; review: boolean; reopen: boolean; attach: boolean };
}

export async function getReport(actor: Actor, reportId: number): Promise<ReportDetail> {
  const { report, scope } = await loadReport(actor, reportId, "read");
  const [events, attachments] = await Promise.all([
    db().statusReportEvent.findMany({ where: { reportId }, orderBy: { id: "asc" } }),
    db().statusReportAttachment.findMany({ where: { reportId }, select: { attachment: { select: { id: true, fileName: true, sizeBytes: true, createdAt: true } } }, orderBy: { attachment: { createdAt: "asc" } } }),
  ]);
  const writable = canWriteReport(actor, scope, report);
  const reviewer = canReviewReport(actor, report);
  let previous: unknown = null;
  const history: ReportHistoryEntry[] = events.map((e) => {
    let changes: FieldChange[] | null = null;
    if (e.content !== null && (e.kind === "submitted" || e.kind === "resubmitted")) {
      changes = previous === null ? null : diffContent(previous, e.content);
      previous = e.content;
    }
    return { id: e.id, kind: e.kind, version: e.version, reason: e.reason, comments: e.kind === "returned" ? (e.data as Record<string, string>) : null, actorLabel: e.actorLabel, occurredAt: e.occurredAt.toISOString(), changes };
  });
  const frozen = report.frozenFacts as unknown as ReportFacts | null;
  return {
    id: report.id,
    region: { code: report.region.code, name: report.region.name },
    fiscalYear: report.fiscalYear,
    status: report.status,
    formVersion: report.formVersion,
    version: report.version,
    isSample: report.isSample,
    content: ReportContentV1Schema.parse(report.content),
    facts: frozen ?? (await currentFacts(actor, report.region.code, todayInJapan())),
    factsFrozen: frozen !== null,
    reviewComments: (report.reviewComments as Record<string, string> | null) ?? null,
    attachments: attachments.map((a) => ({ id: a.attachment.id, fileName: a.attachment.fileName, sizeBytes: a.attachment.sizeBytes })),
    history: history.reverse(),
    can: {
      edit: writable && isEditable(report.status),
      submit: writable && isEditable(report.status),
      review: reviewer && report.status === "SUBMITTED",
      reopen: reviewer && report.status === "APPROVED",
      attach: writable && isEditable(report.status),
    },
  };
}
