// The last approval of a 決裁 makes the decision take effect (ADR 0025): the applications domain's
// decideApplication / confirmApplication in the same transaction (state, amounts, budget), then the
// notice with its 文書番号. A refusal there (state changed, budget short) rolls the whole act back.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { issueNotice } from "./documents/issue";
import { loadReviewTarget } from "./target";

type Tx = Prisma.TransactionClient;

interface ApprovedRequest {
  applicationId: string;
  purpose: "DECISION" | "CONFIRMATION";
  amountYen: number;
  rateNumerator: number;
  rateDenominator: number;
  comment: string;
}

export async function takeEffect(tx: Tx, actor: Actor, request: ApprovedRequest): Promise<string> {
  if (actor.kind !== "user") throw new Error("決裁は利用者が行います");
  const target = await loadReviewTarget(tx, actor, request.applicationId, "approval.act");
  await applyDecision(tx, actor, request, target.row.version);
  return issueNotice(tx, actor, request.applicationId, target.itemNames, request.purpose === "DECISION" ? "DECISION_NOTICE" : "CONFIRMATION_NOTICE");
}

async function applyDecision(_tx: Tx, _actor: Actor, _request: ApprovedRequest, _version: number): Promise<void> {
  // Wired to lib/applications' decideApplication / confirmApplication once that branch is merged.
  throw new Error("decideApplication is not merged yet");
}
