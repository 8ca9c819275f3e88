// Reads of the good-practice library: public (anyone, the portal prefecture's library). DTOs carry
// only what the pages and the API show.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { findPortalPrefecture } from "@/lib/geography/prefecture";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PREFECTURES, prefectureName } from "./prefectures";
import type { GoodPracticeSearch } from "./schema";
import { GOOD_PRACTICE_TAGS, tagLabel } from "./tags";

export interface GoodPracticeBudgetDto {
  fiscalYear: number;
  item: string;
  amountYen: number | null;
  note: string | null;
}

export interface GoodPracticeSummary {
  id: number;
  title: string;
  subjectPrefectureCode: string;
  prefectureName: string;
  theme: string | null;
  purpose: string | null;
  tags: { key: string; label: string }[];
  fromSource: boolean;
}

export interface GoodPracticeDetail extends GoodPracticeSummary {
  sourceKey: string | null;
  themeArea: string | null;
  leader: string | null;
  background: string | null;
  features: string | null;
  results: string | null;
  issues: string | null;
  proposals: string | null;
  budgetNote: string | null;
  budgets: GoodPracticeBudgetDto[];
  version: number;
  updatedAt: string;
}

export interface GoodPracticeList {
  total: number;
  cases: GoodPracticeSummary[];
  prefectures: { code: string; name: string; count: number }[];
  tags: { key: string; label: string; count: number }[];
}

const SEARCHED = ["title", "theme", "background", "purpose", "features", "results", "issues", "proposals", "budgetNote"] as const;

function keywordWhere(q: string): Prisma.GoodPracticeWhereInput {
  const codes = PREFECTURES.filter(([, name]) => name.includes(q) || q.includes(name)).map(([code]) => code);
  const tags = GOOD_PRACTICE_TAGS.filter(([, label]) => label.includes(q)).map(([key]) => key);
  return {
    OR: [
      ...SEARCHED.map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })),
      ...(codes.length ? [{ subjectPrefectureCode: { in: codes } }] : []),
      ...(tags.length ? [{ tags: { some: { tag: { in: tags } } } }] : []),
    ],
  };
}

function whereOf(prefectureId: number, search: GoodPracticeSearch): Prisma.GoodPracticeWhereInput {
  return {
    AND: [
      { prefectureId },
      search.q ? keywordWhere(search.q) : {},
      search.prefecture ? { subjectPrefectureCode: search.prefecture } : {},
      search.theme ? { tags: { some: { tag: search.theme } } } : {},
    ],
  };
}

const ORDER: Prisma.GoodPracticeOrderByWithRelationInput[] = [{ subjectPrefectureCode: "asc" }, { sourceKey: { sort: "asc", nulls: "last" } }, { id: "asc" }];

const summarySelect = {
  id: true,
  title: true,
  subjectPrefectureCode: true,
  theme: true,
  purpose: true,
  sourceKey: true,
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
} satisfies Prisma.GoodPracticeSelect;

type SummaryRow = Prisma.GoodPracticeGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): GoodPracticeSummary {
  const order = new Map<string, number>(GOOD_PRACTICE_TAGS.map(([key], i) => [key, i]));
  return {
    id: row.id,
    title: row.title,
    subjectPrefectureCode: row.subjectPrefectureCode,
    prefectureName: prefectureName(row.subjectPrefectureCode) ?? row.subjectPrefectureCode,
    theme: row.theme,
    purpose: row.purpose,
    tags: row.tags
      .map((t) => ({ key: t.tag, label: tagLabel(t.tag) }))
      .sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99)),
    fromSource: row.sourceKey !== null,
  };
}

/** The library filtered by keyword, prefecture and theme, with the counts the filters offer. */
export async function listGoodPractices(_actor: Actor, search: GoodPracticeSearch = {}): Promise<GoodPracticeList> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) return { total: 0, cases: [], prefectures: [], tags: [] };
  const base: Prisma.GoodPracticeWhereInput = { prefectureId: prefecture.id };
  const where = whereOf(prefecture.id, search);
  const [total, rows, byPrefecture, byTag] = await Promise.all([
    db().goodPractice.count({ where: base }),
    db().goodPractice.findMany({ where, select: summarySelect, orderBy: ORDER }),
    db().goodPractice.groupBy({ by: ["subjectPrefectureCode"], where: base, _count: { _all: true } }),
    db().goodPracticeTag.groupBy({ by: ["tag"], where: { goodPractice: base }, _count: { _all: true } }),
  ]);
  const tagCounts = new Map(byTag.map((t) => [t.tag, t._count._all]));
  return {
    total,
    cases: rows.map(toSummary),
    prefectures: byPrefecture
      .map((p) => ({ code: p.subjectPrefectureCode, name: prefectureName(p.subjectPrefectureCode) ?? p.subjectPrefectureCode, count: p._count._all }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    tags: GOOD_PRACTICE_TAGS.map(([key, label]) => ({ key, label, count: tagCounts.get(key) ?? 0 })),
  };
}

const detailSelect = {
  ...summarySelect,
  themeArea: true,
  leader: true,
  background: true,
  features: true,
  results: true,
  issues: true,
  proposals: true,
  budgetNote: true,
  version: true,
  updatedAt: true,
  budgets: { select: { fiscalYear: true, item: true, amountYen: true, note: true }, orderBy: [{ fiscalYear: "asc" }, { id: "asc" }] },
} satisfies Prisma.GoodPracticeSelect;

function toDetail(row: Prisma.GoodPracticeGetPayload<{ select: typeof detailSelect }>): GoodPracticeDetail {
  return {
    ...toSummary(row),
    sourceKey: row.sourceKey,
    themeArea: row.themeArea,
    leader: row.leader,
    background: row.background,
    features: row.features,
    results: row.results,
    issues: row.issues,
    proposals: row.proposals,
    budgetNote: row.budgetNote,
    budgets: row.budgets,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One case with every field and its budgets, or NotFoundError. */
export async function getGoodPractice(_actor: Actor, id: number): Promise<GoodPracticeDetail> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture || !Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw new NotFoundError();
  const row = await db().goodPractice.findFirst({ where: { id, prefectureId: prefecture.id }, select: detailSelect });
  if (!row) throw new NotFoundError();
  return toDetail(row);
}

/** Every matching case with all its fields (the public API). */
export async function listGoodPracticeDetails(_actor: Actor, search: GoodPracticeSearch = {}): Promise<GoodPracticeDetail[]> {
  const prefecture = await findPortalPrefecture();
  if (!prefecture) return [];
  const rows = await db().goodPractice.findMany({ where: whereOf(prefecture.id, search), select: detailSelect, orderBy: ORDER });
  return rows.map(toDetail);
}
