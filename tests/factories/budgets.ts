// Budget lines and budgets for tests: a fresh line (its own code) with one budget, optionally
// funding menus made for the test.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";

export async function createTestMenu(db: Db, name = "テスト用メニュー") {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const suffix = randomBytes(4).toString("hex");
  const programme = await db.subsidyProgramme.create({ data: { prefectureId: prefecture.id, code: `test-${suffix}`, name: `テスト事業 ${suffix}` } });
  return db.subsidyMenu.create({ data: { prefectureId: prefecture.id, programmeId: programme.id, code: `test-${suffix}`, name: `${name} ${suffix}` } });
}

export async function createTestBudget(db: Db, options: { amountYen: number; fiscalYear?: number; menuIds?: number[]; name?: string }) {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const code = `test-${randomBytes(5).toString("hex")}`;
  const line = await db.budgetLine.create({
    data: { prefectureId: prefecture.id, code, name: options.name ?? `テスト予算事業 ${code}`, sortOrder: 1000 },
  });
  if (options.menuIds?.length) await db.budgetLineMenu.createMany({ data: options.menuIds.map((menuId) => ({ lineId: line.id, menuId })) });
  const budget = await db.budget.create({
    data: { lineId: line.id, fiscalYear: options.fiscalYear ?? 2025, initialYen: options.amountYen, amountYen: options.amountYen },
  });
  return { line, budget };
}
