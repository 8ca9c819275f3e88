// The subsidy catalogue: 令和6年度 as the source documents give it (reference data, always), and in
// demo mode the current 年度 as a copy labelled サンプル. Idempotent.
import type { Db } from "../db-client";
import type { Prisma } from "../generated/prisma/client";
import { SEED_MENUS_R6, SEED_PROGRAMMES, type SeedMenu } from "../subsidies/catalogue-r6";
import { copyRuleSet } from "../subsidies/rule-set-copy";

export const REFERENCE_SUBSIDY_YEAR = 2024;

function ruleData(m: SeedMenu, menuId: number, ruleSetId: number): Prisma.SubsidyMenuRuleUncheckedCreateInput {
  const amount = m.base.kind === "FIXED" || m.base.kind === "PER_UNIT" ? m.base.amountYen : null;
  return {
    ruleSetId,
    menuId,
    baseKind: m.base.kind,
    baseAmountYen: amount,
    baseUnit: m.base.kind === "PER_UNIT" ? m.base.unit : null,
    rateNumerator: m.rate[0],
    rateDenominator: m.rate[1],
    conditions: (m.conditions ?? []) as Prisma.InputJsonValue,
    note: m.note ?? null,
    applicantTypes: {
      create: m.applicants.map(([applicantType, baseAmountYen], i) => ({ applicantType, baseAmountYen: baseAmountYen ?? null, sortOrder: i })),
    },
    items: {
      create: m.items.map(([code, name, base], i) => ({
        code,
        name,
        baseKind: base.kind === "NONE" ? null : base.kind,
        baseAmountYen: base.kind === "NONE" ? null : base.amountYen,
        baseUnit: base.kind === "PER_UNIT" ? base.unit : null,
        sortOrder: i,
      })),
    },
  };
}

/** Programmes, menus and the 令和6年度 rule set; returns false when they were already there. */
export async function seedSubsidyCatalogue(db: Db, prefectureId: number): Promise<boolean> {
  const existing = await db.subsidyRuleSet.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear: REFERENCE_SUBSIDY_YEAR } } });
  if (existing) return false;
  await db.$transaction(async (tx) => {
    const programmeIds = new Map<string, number>();
    for (const [i, [code, name]] of SEED_PROGRAMMES.entries()) {
      const p = await tx.subsidyProgramme.upsert({ where: { prefectureId_code: { prefectureId, code } }, create: { prefectureId, code, name, sortOrder: i }, update: {} });
      programmeIds.set(code, p.id);
    }
    const ruleSet = await tx.subsidyRuleSet.create({ data: { prefectureId, fiscalYear: REFERENCE_SUBSIDY_YEAR } });
    for (const [i, m] of SEED_MENUS_R6.entries()) {
      const menu = await tx.subsidyMenu.upsert({
        where: { prefectureId_code: { prefectureId, code: m.code } },
        create: { prefectureId, code: m.code, name: m.name, programmeId: programmeIds.get(m.programme)!, sortOrder: i },
        update: {},
      });
      await tx.subsidyMenuRule.create({ data: ruleData(m, menu.id, ruleSet.id) });
    }
    await tx.auditEntry.create({
      data: {
        prefectureId,
        actorLabel: "system",
        action: "reference_data.seeded",
        entityType: "subsidy_rule_set",
        entityId: String(ruleSet.id),
        summary: "令和6年度の補助メニュー（地域医療介護総合確保基金）を登録しました",
      },
    });
  });
  return true;
}

/** Demo: the current 年度 as a copy of 令和6年度, labelled サンプル. */
export async function seedSampleSubsidyYear(db: Db, prefectureId: number, fiscalYear: number): Promise<boolean> {
  if (fiscalYear <= REFERENCE_SUBSIDY_YEAR) return false;
  const existing = await db.subsidyRuleSet.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear } } });
  const source = await db.subsidyRuleSet.findUnique({ where: { prefectureId_fiscalYear: { prefectureId, fiscalYear: REFERENCE_SUBSIDY_YEAR } } });
  if (existing || !source) return false;
  await db.$transaction(async (tx) => {
    const copy = await copyRuleSet(tx, source.id, fiscalYear, { isSample: true });
    await tx.auditEntry.create({
      data: {
        prefectureId,
        actorLabel: "system",
        action: "demo_data.seeded",
        entityType: "subsidy_rule_set",
        entityId: String(copy.id),
        summary: "デモ用のサンプル（今年度の補助メニュー、令和6年度の写し）を登録しました",
      },
    });
  });
  return true;
}
