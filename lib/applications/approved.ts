// 交付決定 and 確定 take effect only through an approved 決裁 (ADR 0025, 0032): the review side's last
// approval hands its transaction, the 決裁's id and a list to collect the mails in. Anything else —
// a direct call by 本庁, a 決裁 still running, returned, for another application or purpose, or
// carrying other figures — is refused (403, audited), so the configured steps cannot be bypassed.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseForbidden } from "@/lib/audit/refusals";
import { ConflictError } from "@/lib/errors";
import type { Tx } from "./access";
import { applicationMessages as m } from "./messages";
import type { QueuedNotice } from "./notify";

export interface ApprovedBy {
  /** The transaction of the 決裁's last approval (the decision commits or rolls back with it). */
  tx: Tx;
  approvalId: string;
  /** Mails queued by the step; the caller delivers them after its transaction commits. */
  mails: QueuedNotice[];
}

export type ApprovedPurpose = "DECISION" | "CONFIRMATION";

export interface ApprovedFigures {
  amountYen: number;
  rate: { numerator: number; denominator: number };
}

/** The figures of the approved 決裁 for this application and purpose; refuses without one. */
export async function approvedFigures(actor: Actor, via: ApprovedBy | undefined, applicationId: string, purpose: ApprovedPurpose): Promise<ApprovedFigures> {
  const action = purpose === "DECISION" ? "subsidy_application.decide" : "subsidy_application.confirm";
  const refuse = () => refuseForbidden(actor, { action, entityType: "subsidy_application", entityId: applicationId }, m.needsApproval(purpose));
  if (!via) return refuse();
  const request = await via.tx.approvalRequest.findFirst({
    where: { id: via.approvalId, applicationId, purpose, status: "APPROVED" },
    select: { amountYen: true, rateNumerator: true, rateDenominator: true },
  });
  if (!request) return refuse();
  return { amountYen: request.amountYen, rate: { numerator: request.rateNumerator, denominator: request.rateDenominator } };
}

/** The step's own figures must be those the 決裁 approved. */
export function assertSameFigures(approved: ApprovedFigures, amountYen: number, rate: { numerator: number; denominator: number }): void {
  const same = approved.amountYen === amountYen && approved.rate.numerator * rate.denominator === rate.numerator * approved.rate.denominator;
  if (!same) throw new ConflictError(m.approvalMismatch);
}
