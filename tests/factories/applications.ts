// Calls and application content for tests: a call for the 令和6年度 「訪問診療用ポータブル機器整備」
// (a 郡市医師会's 基準額 6,000,000円, 補助率 1/2), open now with a deadline ahead or behind.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";

export async function createTestCall(db: Db, options: { deadline?: Date; menuCode?: string; fiscalYear?: number } = {}) {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  const menu = await db.subsidyMenu.findFirstOrThrow({ where: { prefectureId: prefecture.id, code: options.menuCode ?? "portable-equipment" } });
  return db.subsidyCall.create({
    data: {
      prefectureId: prefecture.id,
      menuId: menu.id,
      fiscalYear: options.fiscalYear ?? 2024,
      title: `テスト募集 ${randomUUID().slice(0, 8)}`,
      opensOn: new Date("2024-04-01T00:00:00Z"),
      deadline: options.deadline ?? new Date(Date.now() + 7 * 86_400_000),
    },
  });
}

export async function createTestOrganisation(db: Db, name = `テスト医師会 ${randomUUID().slice(0, 8)}`) {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "01" } });
  return db.organisation.create({ data: { prefectureId: prefecture.id, type: "MEDICAL_ASSOCIATION", name } });
}

/** A complete plan: ポータブル機器 4,000,000円 → 2,000,000円 requested. */
export function completeContent(overrides: Record<string, unknown> = {}) {
  return {
    title: "ポータブルエコーの整備",
    outline: "訪問診療で使うポータブルエコーを整備する。",
    periodFrom: "2024-06-01",
    periodTo: "2025-03-31",
    applicantType: "MEDICAL_ASSOCIATION",
    items: [{ itemCode: "equipment", costYen: 4_000_000 }],
    totalProjectCostYen: 4_000_000,
    otherIncomeYen: 0,
    ...overrides,
  };
}
