// 決裁 (ADR 0025): a proposal (amount, rate, comment) starts a chain over the route's steps as they
// are at that moment; each step approves or sends it back. The approval of the last step makes the
// decision take effect in the same transaction: decideApplication / confirmApplication of the
// applications domain, then the notice with its 文書番号. Every act is audited; a person acts once.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseForbidden, refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverAll, type QueuedNotice } from "@/lib/applications/notify";
import { actOnChain, type ChainState } from "./chain";
import { takeEffect } from "./effect";
import { notifyNextApprovers, notifyRequester } from "./notify";
import { reviewMessages as m } from "./messages";
import { assertReviewAbility } from "./policy";
import { routeOf } from "./routes";
import { ApprovalStepsSchema, ChainActionSchema, DecisionProposalSchema, type ChainActionInput, type DecisionProposalInput } from "./schema";
import { loadReviewTarget, checkProposal } from "./target";

const LABEL = { DECISION: "交付決定", CONFIRMATION: "確定" } as const;

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

/** Starts a 決裁 of a proposed decision (or 確定); returns the new 決裁's id. */
export async function startApproval(actor: Actor, raw: DecisionProposalInput): Promise<{ approvalId: string }> {
  const a = await assertReviewAbility(actor, "review", "approval.start");
  const input = parse(DecisionProposalSchema, raw);
  const out = await db().$transaction(async (tx) => {
    const target = await loadReviewTarget(tx, actor, input.applicationId, "approval.start");
    checkProposal(target, input);
    const open = await tx.approvalRequest.findFirst({ where: { applicationId: target.id, purpose: input.purpose, status: "IN_PROGRESS" }, select: { id: true } });
    if (open) throw new ConflictError(m.chainAlreadyOpen);
    const route = await routeOf(tx, a.prefectureId, input.purpose);
    const created = await tx.approvalRequest.create({
      data: {
        prefectureId: a.prefectureId,
        applicationId: target.id,
        purpose: input.purpose,
        steps: route.steps as unknown as Prisma.InputJsonValue,
        amountYen: input.amountYen,
        rateNumerator: input.rate.numerator,
        rateDenominator: input.rate.denominator,
        comment: input.comment,
        requestedById: a.userId,
      },
    });
    await recordAudit(tx, actor, {
      prefectureId: a.prefectureId,
      action: "approval.start",
      entityType: "approval_request",
      entityId: created.id,
      summary: `${LABEL[input.purpose]}の決裁を起案しました（${target.label}、${input.amountYen.toLocaleString("ja-JP")}円、補助率${input.rate.numerator}/${input.rate.denominator}）`,
      data: { applicationId: target.id, amountYen: input.amountYen, rate: input.rate, steps: route.steps.map((s) => s.label) },
    });
    const notice = { prefectureId: a.prefectureId, applicationId: target.id, purposeLabel: LABEL[input.purpose], target: target.label };
    return { approvalId: created.id, mails: await notifyNextApprovers(tx, notice, route.steps[0]) };
  });
  await deliverAll(out.mails);
  return { approvalId: out.approvalId };
}

export interface ApprovalActResult {
  status: "IN_PROGRESS" | "APPROVED" | "RETURNED";
  position: number;
  /** The 文書番号 of the notice issued when the last step approved. */
  documentNumber: string | null;
}

/** Approves or returns the current step of a 決裁; the last approval makes the decision take effect. */
export async function actOnApproval(actor: Actor, raw: ChainActionInput): Promise<ApprovalActResult> {
  const a = await assertReviewAbility(actor, "review", "approval.act");
  const input = parse(ChainActionSchema, raw);
  const refused = { action: "approval.act", entityType: "approval_request", entityId: input.approvalId };
  // Mails queued inside the transaction, delivered once it has committed.
  const mails: QueuedNotice[] = [];
  const result = await db().$transaction(
    async (tx) => {
      // The row lock: two approvers acting at once queue here and the second sees the first's act.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM approval_request WHERE id = ${input.approvalId}::uuid AND prefecture_id = ${a.prefectureId} FOR UPDATE`;
      if (!locked.length) return refuseUnknownApproval(actor, input.approvalId);
      const request = await tx.approvalRequest.findUniqueOrThrow({ where: { id: input.approvalId }, include: { actions: { orderBy: { position: "asc" } } } });
      if (request.version !== input.version) throw new ConflictError(m.chainStale);
      const state: ChainState = {
        steps: ApprovalStepsSchema.parse(request.steps),
        status: request.status,
        actions: request.actions.map((x) => ({ position: x.position, userId: x.userId, action: x.action })),
      };
      const outcome = actOnChain(state, { userId: a.userId, role: a.role }, input.action);
      if (!outcome.ok) {
        if (outcome.reason === "closed") throw new ConflictError(m.chainNotOpen);
        const step = state.steps[state.actions.filter((x) => x.action === "APPROVE").length];
        const message = outcome.reason === "approved-twice" ? m.approvedTwice : m.notYourStep(step?.label ?? "");
        return refuseForbidden(actor, refused, message);
      }
      const stepLabel = state.steps[outcome.position - 1].label;
      await tx.approvalAction.create({ data: { requestId: request.id, position: outcome.position, userId: a.userId, action: input.action, comment: input.comment } });
      const status = outcome.state.status;
      await tx.approvalRequest.update({
        where: { id: request.id },
        data: { status, version: { increment: 1 }, closedAt: status === "IN_PROGRESS" ? null : new Date() },
      });
      await recordAudit(tx, actor, {
        prefectureId: a.prefectureId,
        action: input.action === "APPROVE" ? "approval.approve" : "approval.return",
        entityType: "approval_request",
        entityId: request.id,
        summary: `${LABEL[request.purpose]}の決裁を${stepLabel}として${input.action === "APPROVE" ? "承認" : "差し戻し"}ました`,
        data: { applicationId: request.applicationId, position: outcome.position, comment: input.comment },
      });
      const documentNumber = outcome.completed ? await takeEffect(tx, actor, request, mails) : null;
      if (!outcome.completed) mails.push(...(await notifyChain(tx, request, outcome.state, stepLabel, input.comment ?? "")));
      return { status, position: outcome.position, documentNumber };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
  await deliverAll(mails);
  return result;
}

/** The next step's approvers after an approval; the requester after a return (never the applicant). */
async function notifyChain(tx: Prisma.TransactionClient, request: { prefectureId: number; applicationId: string; purpose: "DECISION" | "CONFIRMATION"; requestedById: string }, state: ChainState, stepLabel: string, comment: string): Promise<QueuedNotice[]> {
  const app = await tx.subsidyApplication.findUniqueOrThrow({ where: { id: request.applicationId }, select: { title: true, organisation: { select: { name: true } } } });
  const notice = { prefectureId: request.prefectureId, applicationId: request.applicationId, purposeLabel: LABEL[request.purpose], target: `${app.organisation.name}「${app.title}」` };
  if (state.status === "RETURNED") return notifyRequester(tx, notice, request.requestedById, stepLabel, comment);
  const next = state.steps[state.actions.filter((x) => x.action === "APPROVE").length];
  return next ? notifyNextApprovers(tx, notice, next, state.actions.map((x) => x.userId)) : [];
}

function refuseUnknownApproval(actor: Actor, approvalId: string): Promise<never> {
  return refuseNotFound(actor, { action: "approval.act", entityType: "approval_request", entityId: approvalId }, m.applicationNotFound);
}
