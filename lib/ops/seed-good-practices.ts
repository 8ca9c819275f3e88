// The good-practice library's reference data: the 39 cases of the national compendium from the
// reviewed prisma/data/good-practices/cases.json, and its data source. Runs on every seed; adds
// only the cases not there yet (by source key) and never changes a case that exists, so 本庁's
// edits survive every restart and upgrade (ADR 0027).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db-client";
import { repoRoot } from "./paths";

export interface SeedCase {
  sourceKey: string;
  prefectureCode: string;
  title: string;
  themeArea: string | null;
  theme: string | null;
  leader: string | null;
  background: string | null;
  purpose: string | null;
  features: string | null;
  results: string | null;
  issues: string | null;
  proposals: string | null;
  budgetNote: string | null;
  budgets: { fiscalYear: number; item: string; amountYen: number | null; note: string | null }[];
  tags: string[];
}

export interface SeedFile {
  dataSource: { key: string; title: string; publisher: string; attribution: string; url: string | null; licence: string | null; asOf: string | null; sortOrder: number };
  cases: SeedCase[];
}

export const GOOD_PRACTICES_FILE = path.join(repoRoot, "prisma", "data", "good-practices", "cases.json");

export async function readGoodPracticeSeed(): Promise<SeedFile> {
  return JSON.parse(await readFile(GOOD_PRACTICES_FILE, "utf8")) as SeedFile;
}

/** Adds the compendium's missing cases to the prefecture's library; returns how many were added. */
export async function seedGoodPractices(db: Db, prefectureId: number): Promise<number> {
  const file = await readGoodPracticeSeed();
  await db.dataSource.upsert({ where: { key: file.dataSource.key }, create: { ...file.dataSource, prefectureId: null }, update: {} });
  const existing = new Set(
    (await db.goodPractice.findMany({ where: { prefectureId, sourceKey: { not: null } }, select: { sourceKey: true } })).map((r) => r.sourceKey),
  );
  const missing = file.cases.filter((c) => !existing.has(c.sourceKey));
  if (missing.length === 0) return 0;
  await db.$transaction(async (tx) => {
    for (const c of missing) {
      const { budgets, tags, prefectureCode } = c;
      await tx.goodPractice.create({
        data: {
          prefectureId,
          sourceKey: c.sourceKey,
          title: c.title,
          themeArea: c.themeArea,
          theme: c.theme,
          leader: c.leader,
          background: c.background,
          purpose: c.purpose,
          features: c.features,
          results: c.results,
          issues: c.issues,
          proposals: c.proposals,
          budgetNote: c.budgetNote,
          subjectPrefectureCode: prefectureCode,
          budgets: { create: budgets },
          tags: { create: tags.map((tag) => ({ tag })) },
        },
      });
    }
    await tx.auditEntry.create({
      data: {
        prefectureId,
        actorLabel: "system",
        action: "good_practice.seeded",
        entityType: "good_practice",
        entityId: null,
        summary: `先進事例集に全国の事例${missing.length}件を登録しました`,
      },
    });
  }, { timeout: 60_000 });
  return missing.length;
}
