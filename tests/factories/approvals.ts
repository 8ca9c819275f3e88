// A 決裁 that has been approved, as the review side leaves it after its last step, for tests of the
// lifecycle that need a 交付決定 or 確定 to take effect (the chain itself is tested in reviews tests).
import type { Actor, UserActor } from "@/lib/auth/actor";
import type { ApprovedBy } from "@/lib/applications/approved";
import { confirmApplication, decideApplication } from "@/lib/applications/decision";
import { deliverAll, type QueuedNotice } from "@/lib/applications/notify";
import type { ConfirmApplicationInput, DecideApplicationInput } from "@/lib/applications/schema";
import { db } from "@/lib/db";

type Rate = { numerator: number; denominator: number };

async function withApproval<T>(actor: Actor, applicationId: string, purpose: "DECISION" | "CONFIRMATION", amountYen: number, rate: Rate, fn: (via: ApprovedBy) => Promise<T>): Promise<T> {
  const mails: QueuedNotice[] = [];
  const out = await db().$transaction(async (tx) => {
    const app = await tx.subsidyApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { prefectureId: true } });
    const request = await tx.approvalRequest.create({
      data: {
        prefectureId: app.prefectureId,
        applicationId,
        purpose,
        status: "APPROVED",
        steps: [],
        amountYen,
        rateNumerator: rate.numerator,
        rateDenominator: rate.denominator,
        requestedById: (actor as UserActor).userId,
        closedAt: new Date(),
      },
    });
    return fn({ tx, approvalId: request.id, mails });
  });
  await deliverAll(mails);
  return out;
}

/** 交付決定 through an approved 決裁 carrying `amountYen` (and `rate`, default 1/2). */
export function decideApproved(actor: Actor, input: DecideApplicationInput & { amountYen: number }, rate: Rate = { numerator: 1, denominator: 2 }) {
  return withApproval(actor, input.applicationId, "DECISION", input.amountYen, rate, (via) => decideApplication(actor, input, via));
}

/** 確定 through an approved 決裁 carrying `amountYen` (what the actuals come to). */
export function confirmApproved(actor: Actor, input: ConfirmApplicationInput, amountYen: number) {
  return withApproval(actor, input.applicationId, "CONFIRMATION", amountYen, { numerator: 1, denominator: 2 }, (via) => confirmApplication(actor, input, via));
}
