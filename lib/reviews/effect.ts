// The last approval of a 決裁 makes the decision take effect (ADR 0025): the applications domain's
// decideApplication / confirmApplication in the same transaction (state, amounts, budget), then the
// notice with its 文書番号. A refusal there (state changed, budget short) rolls the whole act back.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApprovedBy } from "@/lib/applications/approved";
import { confirmApplication, decideApplication } from "@/lib/applications/decision";
import type { QueuedNotice } from "@/lib/applications/notify";
import { issueNotice } from "./documents/issue";
import { loadReviewTarget } from "./target";

type Tx = Prisma.TransactionClient;

interface ApprovedRequest {
  id: string;
  applicationId: string;
  purpose: "DECISION" | "CONFIRMATION";
  amountYen: number;
  rateNumerator: number;
  rateDenominator: number;
  comment: string;
}

/** `mails` collects the notices to the applicant; the caller delivers them after its commit. */
export async function takeEffect(tx: Tx, actor: Actor, request: ApprovedRequest, mails: QueuedNotice[]): Promise<string> {
  if (actor.kind !== "user") throw new Error("決裁は利用者が行います");
  const target = await loadReviewTarget(tx, actor, request.applicationId, "approval.act");
  await applyDecision({ tx, approvalId: request.id, mails }, actor, request, target.row.version);
  return issueNotice(tx, actor, request.applicationId, target.itemNames, request.purpose === "DECISION" ? "DECISION_NOTICE" : "CONFIRMATION_NOTICE");
}

async function applyDecision(via: ApprovedBy, actor: Actor, request: ApprovedRequest, version: number): Promise<void> {
  if (request.purpose === "DECISION") {
    await decideApplication(
      actor,
      {
        applicationId: request.applicationId,
        expectedVersion: version,
        amountYen: request.amountYen,
        rateNumerator: request.rateNumerator,
        rateDenominator: request.rateDenominator,
        comment: request.comment || undefined,
      },
      via,
    );
  } else {
    await confirmApplication(actor, { applicationId: request.applicationId, expectedVersion: version, comment: request.comment || undefined }, via);
  }
}
