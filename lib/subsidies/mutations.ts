// Changes to the subsidy catalogue, each in one transaction with its audit row: 本庁 edits a
// 年度's figures (optimistic concurrency on the menu rule's version); 本庁管理者 starts the next
// 年度 as a copy of this one, leaving every earlier 年度 as it was.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { subsidyMessages } from "./messages";
import { assertCanEditSubsidyRules, assertCanStartSubsidyYear } from "./policy";
import { copyRuleSet } from "./rule-set-copy";
import type { MenuRuleEdit } from "./schema";

export async function updateSubsidyMenuRule(actor: Actor, edit: MenuRuleEdit): Promise<void> {
  const prefectureId = await assertCanEditSubsidyRules(actor, "subsidy_menu_rule.update", String(edit.ruleId));
  await db().$transaction(async (tx) => {
    const rule = await tx.subsidyMenuRule.findFirst({
      where: { id: edit.ruleId, ruleSet: { prefectureId } },
      include: { items: true, applicantTypes: true, menu: true, ruleSet: true },
    });
    if (!rule) throw new NotFoundError();
    const updated = await tx.subsidyMenuRule.updateMany({
      where: { id: rule.id, version: edit.version },
      data: {
        rateNumerator: edit.rateNumerator,
        rateDenominator: edit.rateDenominator,
        ...(rule.baseKind === "FIXED" || rule.baseKind === "PER_UNIT" ? { baseAmountYen: edit.baseAmountYen ?? null } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new ConflictError(subsidyMessages.conflict);
    for (const item of rule.items) {
      if (item.baseKind === null || !(item.code in edit.items)) continue;
      await tx.subsidyExpenseItem.update({ where: { id: item.id }, data: { baseAmountYen: edit.items[item.code] ?? null } });
    }
    if (rule.baseKind === "PER_APPLICANT_TYPE") {
      for (const a of rule.applicantTypes) {
        if (!(a.applicantType in edit.applicants)) continue;
        await tx.subsidyMenuRuleApplicant.update({
          where: { ruleId_applicantType: { ruleId: rule.id, applicantType: a.applicantType } },
          data: { baseAmountYen: edit.applicants[a.applicantType] ?? null },
        });
      }
    }
    await recordAudit(tx, actor, {
      prefectureId,
      action: "subsidy_menu_rule.updated",
      entityType: "subsidy_menu_rule",
      entityId: String(rule.id),
      summary: `${formatFiscalYear(rule.ruleSet.fiscalYear)}の補助メニュー「${rule.menu.name}」の基準額・補助率を更新しました`,
      data: { before: { rate: [rule.rateNumerator, rule.rateDenominator], baseAmountYen: rule.baseAmountYen }, after: edit } as Prisma.InputJsonValue,
    });
  });
}

/** Starts 年度 fromYear + 1 as a copy of fromYear (本庁管理者). */
export async function startNextSubsidyYear(actor: Actor, fromYear: number): Promise<{ fiscalYear: number }> {
  const prefectureId = await assertCanStartSubsidyYear(actor, "subsidy_rule_set.start", String(fromYear + 1));
  const toYear = fromYear + 1;
  return db().$transaction(async (tx) => {
    const from = await tx.subsidyRuleSet.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear: fromYear } } });
    if (!from) throw new NotFoundError(subsidyMessages.noSourceYear);
    const exists = await tx.subsidyRuleSet.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear: toYear } } });
    if (exists) throw new ConflictError(subsidyMessages.ruleSetExists(formatFiscalYear(toYear)));
    const to = await copyRuleSet(tx, from.id, toYear, { isSample: from.isSample });
    await recordAudit(tx, actor, {
      prefectureId,
      action: "subsidy_rule_set.started",
      entityType: "subsidy_rule_set",
      entityId: String(to.id),
      summary: `${formatFiscalYear(toYear)}の補助メニューを${formatFiscalYear(fromYear)}から写して作成しました`,
    });
    return { fiscalYear: toYear };
  });
}
