// Loading an application for an action (visibility first, then the state machine), and recording
// a step: the history event, the audit row and the notice to the other side, in the caller's
// transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel, actorUserId } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applicationMessages as m, applicationStatusLabels, transitionLabels } from "./messages";
import { notifySide, type QueuedNotice } from "./notify";
import { refuseUnknownApplication, visibleApplications } from "./policy";
import { canTransition, targetOf, type ApplicationStatus, type ApplicationTransition, type Side } from "./workflow";

export type Tx = Prisma.TransactionClient;

export function inTransaction<T>(tx: Tx | undefined, body: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? body(tx) : db().$transaction(body, { maxWait: 10_000, timeout: 30_000 });
}

const loadSelect = {
  id: true,
  prefectureId: true,
  organisationId: true,
  status: true,
  title: true,
  version: true,
  formVersion: true,
  content: true,
  applicantType: true,
  quantity: true,
  totalProjectCostYen: true,
  otherIncomeYen: true,
  requestedYen: true,
  decidedAmountYen: true,
  decidedRateNumerator: true,
  decidedRateDenominator: true,
  budgetId: true,
  actualTotalCostYen: true,
  actualOtherIncomeYen: true,
  organisation: { select: { name: true } },
  call: { select: { id: true, menuId: true, fiscalYear: true, deadline: true, extendedUntil: true, state: true, opensOn: true, menu: { select: { code: true, name: true } } } },
  items: { select: { itemCode: true, quantity: true, costYen: true, actualCostYen: true, note: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.SubsidyApplicationSelect;

export type LoadedApplication = Prisma.SubsidyApplicationGetPayload<{ select: typeof loadSelect }>;

/** The application as the actor may see it (404 otherwise, audited), locked for the transaction. */
export async function loadVisible(tx: Tx, actor: Actor, id: string, action: string): Promise<LoadedApplication> {
  const row = await tx.subsidyApplication.findFirst({ where: { AND: [{ id }, visibleApplications(actor)] }, select: loadSelect });
  if (!row) return refuseUnknownApplication(actor, action, id);
  await tx.$executeRaw`SELECT 1 FROM subsidy_application WHERE id = ${id}::uuid FOR UPDATE`;
  return row;
}

/** The transition is legal from the current status, and the version is the one the form read. */
export function assertStep(app: LoadedApplication, t: ApplicationTransition, side: Side, expectedVersion: number) {
  if (app.version !== expectedVersion) throw new ConflictError(m.conflict);
  if (!canTransition(app.status as ApplicationStatus, t, side)) {
    throw new ConflictError(m.illegalTransition(applicationStatusLabels[app.status as ApplicationStatus], transitionLabels[t].replace(/する$/, "")));
  }
}

/** Moves the status (with the given column changes) under the version check. */
export async function moveStatus(tx: Tx, app: LoadedApplication, t: ApplicationTransition, data: Prisma.SubsidyApplicationUncheckedUpdateManyInput = {}) {
  const updated = await tx.subsidyApplication.updateMany({
    where: { id: app.id, version: app.version, status: app.status },
    data: { ...data, status: targetOf(t), version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ConflictError(m.conflict);
}

export interface StepRecord {
  kind: ApplicationTransition | "created" | "attachment_added";
  from?: ApplicationStatus | null;
  to?: ApplicationStatus | null;
  comment?: string | null;
  data?: Prisma.InputJsonValue;
  summary: string;
  /** Who to notify: the applicant organisation or 本庁 (none for quiet steps). */
  notify?: { side: Side; title: string } | null;
}

export async function recordStep(tx: Tx, actor: Actor, app: Pick<LoadedApplication, "id" | "prefectureId" | "organisationId">, step: StepRecord): Promise<QueuedNotice[]> {
  await tx.applicationEvent.create({
    data: {
      applicationId: app.id,
      kind: step.kind,
      fromStatus: step.from ?? null,
      toStatus: step.to ?? null,
      comment: step.comment ?? null,
      data: step.data,
      actorUserId: actorUserId(actor),
      actorLabel: actorLabel(actor),
    },
  });
  await recordAudit(tx, actor, {
    prefectureId: app.prefectureId,
    action: `subsidy_application.${step.kind}`,
    entityType: "subsidy_application",
    entityId: app.id,
    summary: step.summary,
    data: { from: step.from ?? null, to: step.to ?? null, comment: step.comment ?? null, ...(step.data && typeof step.data === "object" ? { detail: step.data } : {}) },
  });
  return step.notify ? notifySide(tx, app, step.notify.side, step.kind, step.notify.title, step.comment ?? null) : [];
}

/** Field errors of a zod-like failure, as a ValidationError. */
export function invalid(message: string, fieldErrors: Record<string, string[]>): never {
  throw new ValidationError(message, fieldErrors);
}
