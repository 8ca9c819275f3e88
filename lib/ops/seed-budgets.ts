// Budgets shipped in prisma/data/<prefecture>/budgets.json: the budget lines as the prefecture's
// documents name them, the menus each funds (by catalogue menu code) and their budgets per 年度
// (千円 in the file, integer yen in the database). Reference data: real figures only. The demo
// adds the current 年度 as サンプル copies with a few サンプル ledger entries. Both idempotent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../db-client";
import { fiscalYearOf } from "../dates/wareki";
import { repoRoot } from "./paths";
import type { ReferenceManifest } from "./reference-manifest";

interface BudgetFile {
  source: string;
  lines: {
    code: string;
    name: string;
    programmeName: string | null;
    menuCodes: string[];
    budgets: Record<string, { thousandYen: number; plannedSites?: number; note?: string }>;
  }[];
}

function readBudgetFile(manifest: ReferenceManifest): BudgetFile | null {
  const file = path.join(repoRoot, "prisma", "data", manifest.dataDir, "budgets.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as BudgetFile) : null;
}

/**
 * Seeds the budget lines and budgets of the file once (nothing when the prefecture has lines),
 * then links each line to the catalogue menus it funds — on every run, so menus the catalogue
 * seeds later are linked too.
 */
export async function seedBudgets(db: Db, manifest: ReferenceManifest): Promise<boolean> {
  const data = readBudgetFile(manifest);
  if (!data) return false;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: manifest.prefecture.code } });
  const fresh = (await db.budgetLine.count({ where: { prefectureId: prefecture.id } })) === 0;
  if (fresh) {
    await db.$transaction(async (tx) => {
      for (const [i, l] of data.lines.entries()) {
        const line = await tx.budgetLine.create({ data: { prefectureId: prefecture.id, code: l.code, name: l.name, programmeName: l.programmeName, sortOrder: i + 1 } });
        for (const [year, b] of Object.entries(l.budgets)) {
          const yen = b.thousandYen * 1000;
          await tx.budget.create({ data: { lineId: line.id, fiscalYear: Number(year), initialYen: yen, amountYen: yen, plannedSites: b.plannedSites ?? null, note: b.note ?? null } });
        }
      }
      await tx.auditEntry.create({
        data: { prefectureId: prefecture.id, actorLabel: "system", action: "budget.seeded", entityType: "prefecture", entityId: prefecture.code, summary: `予算事業と予算額を登録しました（${data.source}）` },
      });
    });
  }
  const lines = await db.budgetLine.findMany({ where: { prefectureId: prefecture.id }, select: { id: true, code: true } });
  const menus = await db.subsidyMenu.findMany({ where: { prefectureId: prefecture.id }, select: { id: true, code: true } });
  const lineIds = new Map(lines.map((l) => [l.code, l.id]));
  const menuIds = new Map(menus.map((x) => [x.code, x.id]));
  const links = data.lines.flatMap((l) =>
    l.menuCodes.flatMap((code) => (lineIds.has(l.code) && menuIds.has(code) ? [{ lineId: lineIds.get(l.code)!, menuId: menuIds.get(code)! }] : [])),
  );
  if (links.length > 0) await db.budgetLineMenu.createMany({ data: links, skipDuplicates: true });
  return fresh;
}

/** Demo: the current 年度's budgets as サンプル copies of the latest real ones, with sample entries. */
export async function seedDemoBudgets(db: Db, manifest: ReferenceManifest, now = new Date()): Promise<boolean> {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: manifest.prefecture.code } });
  const year = fiscalYearOf(now);
  const lines = await db.budgetLine.findMany({
    where: { prefectureId: prefecture.id },
    orderBy: { sortOrder: "asc" },
    include: { budgets: { orderBy: { fiscalYear: "desc" } }, menus: true },
  });
  if (lines.length === 0 || lines.some((l) => l.budgets.some((b) => b.fiscalYear === year))) return false;
  await db.$transaction(async (tx) => {
    for (const [i, line] of lines.entries()) {
      const latest = line.budgets.find((b) => !b.isSample) ?? line.budgets[0];
      if (!latest) continue;
      const budget = await tx.budget.create({
        data: { lineId: line.id, fiscalYear: year, initialYen: latest.initialYen, amountYen: latest.initialYen, plannedSites: latest.plannedSites, note: "サンプル（令和6年度の予算額を写したもの）", isSample: true },
      });
      // A few lines get sample decisions and payments: 40 % committed, half of that paid.
      if (i % 2 === 1) continue;
      const committed = Math.floor((latest.initialYen * 0.4) / 1000) * 1000;
      const paid = Math.floor(committed / 2000) * 1000;
      const menuId = line.menus[0]?.menuId ?? null;
      const reference = `SAMPLE-${year}-${String(i + 1).padStart(3, "0")}`;
      await tx.budgetLedgerEntry.createMany({
        data: [
          { budgetId: budget.id, menuId, kind: "COMMITMENT", amountYen: committed, reference, description: "サンプル交付決定", isSample: true },
          { budgetId: budget.id, menuId, kind: "PAYMENT", amountYen: paid, reference, description: "サンプル確定", isSample: true },
        ],
      });
      await tx.budget.update({ where: { id: budget.id }, data: { committedYen: committed, paidYen: paid } });
    }
    await tx.auditEntry.create({
      data: { prefectureId: prefecture.id, actorLabel: "system", action: "demo_data.seeded", entityType: "prefecture", entityId: prefecture.code, summary: "デモ用のサンプル予算（当年度）と交付決定・確定を登録しました" },
    });
  });
  return true;
}
