// Issuing and serving documents (ADR 0025). Notices (交付決定通知書・確定通知書) are issued once, in the
// transaction whose 決裁 made the decision take effect: a 文書番号 from the sequence, the template in
// force filled, the workbook kept. The 計画書 and 所要額（精算額）明細書 are filled on request.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CalculationResult } from "@/lib/subsidies/calculation";
import { takeDocumentNumber } from "../numbering";
import { templateOf } from "../templates";
import { targetInclude, type ReviewTarget, type TargetRow } from "../target";
import { TEMPLATE_CELLS } from "./names";
import { confirmationNoticeValues, decisionNoticeValues, planValues, statementValues, type DocumentSource } from "./values";
import { fillTemplate } from "./workbook";

type Tx = Prisma.TransactionClient;
export type NoticeKind = "DECISION_NOTICE" | "CONFIRMATION_NOTICE";

export function sourceOf(row: TargetRow, itemNames: Record<string, string>): DocumentSource {
  return {
    fiscalYear: row.call.fiscalYear,
    applicantName: row.organisation.name,
    menuName: row.call.menu.name,
    title: row.title,
    outline: row.outline,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    totalProjectCostYen: row.totalProjectCostYen,
    otherIncomeYen: row.otherIncomeYen,
    requestedYen: row.requestedYen,
    decidedAmountYen: row.decidedAmountYen,
    decidedRate: row.decidedRateNumerator && row.decidedRateDenominator ? { numerator: row.decidedRateNumerator, denominator: row.decidedRateDenominator } : null,
    decisionComment: row.decisionComment,
    confirmedAmountYen: row.confirmedAmountYen,
    items: row.items.map((i) => ({ name: itemNames[i.itemCode] ?? i.itemCode, quantity: i.quantity, costYen: i.costYen, actualCostYen: i.actualCostYen })),
  };
}

/** Issues the notice of an application whose decision (or 確定) has just taken effect; returns its 文書番号. */
export async function issueNotice(tx: Tx, actor: Actor & { kind: "user" }, applicationId: string, itemNames: Record<string, string>, kind: NoticeKind): Promise<string> {
  const row = await tx.subsidyApplication.findUniqueOrThrow({ where: { id: applicationId }, include: targetInclude });
  const source = sourceOf(row, itemNames);
  const { number, text } = await takeDocumentNumber(tx, row.prefectureId, row.call.fiscalYear);
  const now = new Date();
  const values = kind === "DECISION_NOTICE" ? decisionNoticeValues(source, text, now) : confirmationNoticeValues(source, text, now);
  const content = await fillTemplate(await templateOf(tx, row.prefectureId, kind), values);
  const doc = await tx.issuedDocument.create({
    data: { prefectureId: row.prefectureId, applicationId, kind, fiscalYear: row.call.fiscalYear, number, documentNumber: text, content: new Uint8Array(content), issuedById: actor.userId },
  });
  await recordAudit(tx, actor, {
    prefectureId: row.prefectureId,
    action: "document.issue",
    entityType: "issued_document",
    entityId: doc.id,
    summary: `${TEMPLATE_CELLS[kind].title}を発行しました（${text}）`,
    data: { applicationId, kind, documentNumber: text },
  });
  return text;
}

/** The figures a 所要額（精算額）明細書 shows, from a calculation's steps. */
function statementFigures(result: CalculationResult, total: number, other: number) {
  const steps = result.ok ? result.steps : [];
  const menuCap = steps.find((s) => s.step === "menuCap");
  const rate = steps.find((s) => s.step === "rate");
  const itemsSum = steps.filter((s) => s.step === "item").reduce((sum, s) => sum + s.costYen, 0);
  return {
    totalCostYen: total,
    otherIncomeYen: other,
    eligibleYen: itemsSum,
    baseYen: menuCap && menuCap.step === "menuCap" ? menuCap.capYen : null,
    subsidyYen: result.ok ? result.subsidyYen : 0,
    rate: rate && rate.step === "rate" ? rate.rate : { numerator: 1, denominator: 1 },
  };
}

/** The 計画書 or the 所要額（精算額）明細書 of an application, filled now. */
export async function buildFormDocument(client: Tx, target: ReviewTarget, kind: "PLAN" | "STATEMENT"): Promise<Buffer> {
  const source = sourceOf(target.row, target.itemNames);
  const template = await templateOf(client, target.row.prefectureId, kind);
  if (kind === "PLAN") {
    const { values, items } = planValues(source);
    return fillTemplate(template, values, items);
  }
  const settled = target.actual !== null;
  const row = target.row;
  const applied = row.decidedRateNumerator && row.decidedRateDenominator ? { rate: { numerator: row.decidedRateNumerator, denominator: row.decidedRateDenominator } } : {};
  const result = target.calculate(settled ? "actual" : "planned", applied);
  const total = settled ? (row.actualTotalCostYen ?? 0) : row.totalProjectCostYen;
  const other = settled ? (row.actualOtherIncomeYen ?? 0) : row.otherIncomeYen;
  return fillTemplate(template, statementValues(source, statementFigures(result, total, other)));
}
