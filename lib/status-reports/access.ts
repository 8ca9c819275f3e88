// Loading one report for a read or a change: 404 (audited) when the actor may not read it, 403
// (audited) when they may read but not change it; and the history writer.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel, actorUserId } from "@/lib/auth/actor";
import { refuseAnonymous, refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { todayInJapan } from "@/lib/dates/date-only";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeOfActor, type ActorScope } from "@/lib/health-centers/scope";
import { reportMessages as m } from "./messages";
import { canReadReport, canReviewReport, canWriteReport } from "./policy";

export const reportInclude = { region: { select: { id: true, code: true, name: true } } } as const;
export type LoadedReport = Prisma.StatusReportGetPayload<{ include: typeof reportInclude }>;

export type ReportAccess = "read" | "write" | "review";

export async function loadReport(actor: Actor, reportId: number, access: ReportAccess): Promise<{ report: LoadedReport; scope: ActorScope }> {
  const target = { action: `status_report.${access}`, entityType: "status_report", entityId: String(reportId) };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  const scope = await scopeOfActor(actor, todayInJapan());
  const report = Number.isSafeInteger(reportId) && reportId > 0 ? await db().statusReport.findUnique({ where: { id: reportId }, include: reportInclude }) : null;
  if (!report) throw new NotFoundError(m.notFound);
  const t = { ...target, prefectureId: report.prefectureId };
  if (!canReadReport(actor, scope, report)) await refuseNotFound(actor, t, m.notFound);
  if (access === "write" && !canWriteReport(actor, scope, report)) await refuseForbidden(actor, t, m.forbiddenWrite);
  if (access === "review" && !canReviewReport(actor, report)) await refuseForbidden(actor, t, m.forbiddenReview);
  return { report, scope };
}

/** Updates the report if still at `expectedVersion`; returns the new version. */
export async function updateVersioned(tx: Prisma.TransactionClient, id: number, expectedVersion: number, data: Prisma.StatusReportUpdateManyMutationInput): Promise<number> {
  const updated = await tx.statusReport.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError(m.conflict);
  return expectedVersion + 1;
}

export async function recordReportEvent(
  tx: Prisma.TransactionClient,
  actor: Actor,
  reportId: number,
  e: { kind: string; version: number; reason?: string | null; data?: Prisma.InputJsonValue; content?: Prisma.InputJsonValue },
) {
  await tx.statusReportEvent.create({
    data: { reportId, kind: e.kind, version: e.version, reason: e.reason ?? null, data: e.data, content: e.content, actorUserId: actorUserId(actor), actorLabel: actorLabel(actor) },
  });
}
