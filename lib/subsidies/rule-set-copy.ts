// Copies a 年度's rule set into a new 年度: the menus keep their identity, the figures, items,
// applicant types and conditions are copied, and the source is left as it was. Used by 本庁管理者's
// "start next 年度" and by the demo seed; relative imports so seed scripts can run it.
import type { Prisma } from "../generated/prisma/client";

/** Copies a rule set (menus, figures, items, applicant types, conditions) into a new 年度. */
export async function copyRuleSet(tx: Prisma.TransactionClient, fromId: number, toYear: number, options: { isSample: boolean }) {
  const from = await tx.subsidyRuleSet.findUniqueOrThrow({ where: { id: fromId }, include: { rules: { include: { items: true, applicantTypes: true } } } });
  await tx.fiscalYear.upsert({
    where: { year: toYear },
    create: { year: toYear, startsOn: new Date(Date.UTC(toYear, 3, 1)), endsOn: new Date(Date.UTC(toYear + 1, 2, 31)) },
    update: {},
  });
  const to = await tx.subsidyRuleSet.create({ data: { prefectureId: from.prefectureId, fiscalYear: toYear, copiedFromId: from.id, isSample: options.isSample } });
  for (const r of from.rules) {
    await tx.subsidyMenuRule.create({
      data: {
        ruleSetId: to.id,
        menuId: r.menuId,
        baseKind: r.baseKind,
        baseAmountYen: r.baseAmountYen,
        baseUnit: r.baseUnit,
        rateNumerator: r.rateNumerator,
        rateDenominator: r.rateDenominator,
        conditions: r.conditions as Prisma.InputJsonValue,
        note: r.note,
        applicantTypes: { create: r.applicantTypes.map(({ applicantType, baseAmountYen, sortOrder }) => ({ applicantType, baseAmountYen, sortOrder })) },
        items: { create: r.items.map(({ code, name, baseKind, baseAmountYen, baseUnit, sortOrder }) => ({ code, name, baseKind, baseAmountYen, baseUnit, sortOrder })) },
      },
    });
  }
  return to;
}

