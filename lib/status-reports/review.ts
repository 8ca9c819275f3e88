// The review transitions: submit (freezes the portal's figures), return with comments per section,
// approve (locks), reopen with a reason. Illegal transitions are refused.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { todayInJapan } from "@/lib/dates/date-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadReport, recordReportEvent, updateVersioned, type LoadedReport } from "./access";
import { currentFacts } from "./facts";
import { missingForSubmission, ReportContentV1Schema } from "./form-v1";
import { reportMessages as m, reportStatusLabels } from "./messages";
import { ReopenReportSchema, ReturnReportSchema, TransitionSchema, type ReopenReportInput, type ReturnReportInput, type TransitionInput } from "./schema";
import { canTransition, TO, type ReportTransition } from "./workflow";

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

function assertTransition(report: LoadedReport, t: ReportTransition) {
  if (!canTransition(report.status, t)) throw new ValidationError(m.transitionNotAllowed(reportStatusLabels[report.status], reportStatusLabels[TO[t]]));
}

const summary = (r: LoadedReport, what: string) => `${r.region.name}の${formatFiscalYear(r.fiscalYear)}の状況報告を${what}`;

export async function submitReport(actor: Actor, raw: TransitionInput): Promise<{ version: number }> {
  const input = parse(TransitionSchema, raw);
  const { report } = await loadReport(actor, input.reportId, "write");
  assertTransition(report, "submit");
  const content = ReportContentV1Schema.parse(report.content);
  const missing = missingForSubmission(content);
  if (missing.length) throw new ValidationError(m.incomplete(missing.length), Object.fromEntries(missing.map((k) => [k, ["入力してください"]])));
  const facts = await currentFacts(actor, report.region.code, todayInJapan());
  return db().$transaction(async (tx) => {
    const version = await updateVersioned(tx, report.id, input.expectedVersion, { status: "SUBMITTED", submittedAt: new Date(), frozenFacts: facts as unknown as Prisma.InputJsonValue });
    const resubmission = report.status === "RETURNED";
    await recordReportEvent(tx, actor, report.id, { kind: resubmission ? "resubmitted" : "submitted", version, content: report.content as Prisma.InputJsonValue });
    await recordAudit(tx, actor, { prefectureId: report.prefectureId, action: "status_report.submit", entityType: "status_report", entityId: String(report.id), summary: summary(report, resubmission ? "再提出しました" : "提出しました") });
    return { version };
  });
}

export async function returnReport(actor: Actor, raw: ReturnReportInput): Promise<{ version: number }> {
  const input = parse(ReturnReportSchema, raw);
  const { report } = await loadReport(actor, input.reportId, "review");
  assertTransition(report, "return");
  const comments = Object.fromEntries(Object.entries(input.comments).filter(([, v]) => v !== ""));
  return db().$transaction(async (tx) => {
    const version = await updateVersioned(tx, report.id, input.expectedVersion, { status: "RETURNED", reviewComments: comments });
    await recordReportEvent(tx, actor, report.id, { kind: "returned", version, data: comments });
    await recordAudit(tx, actor, { prefectureId: report.prefectureId, action: "status_report.return", entityType: "status_report", entityId: String(report.id), summary: summary(report, "差し戻しました") });
    return { version };
  });
}

export async function approveReport(actor: Actor, raw: TransitionInput): Promise<{ version: number }> {
  const input = parse(TransitionSchema, raw);
  const { report } = await loadReport(actor, input.reportId, "review");
  assertTransition(report, "approve");
  return db().$transaction(async (tx) => {
    const version = await updateVersioned(tx, report.id, input.expectedVersion, { status: "APPROVED", approvedAt: new Date(), reviewComments: Prisma.DbNull });
    await recordReportEvent(tx, actor, report.id, { kind: "approved", version, content: report.content as Prisma.InputJsonValue });
    await recordAudit(tx, actor, { prefectureId: report.prefectureId, action: "status_report.approve", entityType: "status_report", entityId: String(report.id), summary: summary(report, "承認しました") });
    return { version };
  });
}

export async function reopenReport(actor: Actor, raw: ReopenReportInput): Promise<{ version: number }> {
  const input = parse(ReopenReportSchema, raw);
  const { report } = await loadReport(actor, input.reportId, "review");
  assertTransition(report, "reopen");
  return db().$transaction(async (tx) => {
    const version = await updateVersioned(tx, report.id, input.expectedVersion, { status: "RETURNED", approvedAt: null, reviewComments: { general: input.reason } });
    await recordReportEvent(tx, actor, report.id, { kind: "reopened", version, reason: input.reason });
    await recordAudit(tx, actor, { prefectureId: report.prefectureId, action: "status_report.reopen", entityType: "status_report", entityId: String(report.id), summary: summary(report, "承認を取り消して再開しました"), data: { reason: input.reason } });
    return { version };
  });
}
