// The public API of the good-practice library: its query and response, shared by the route
// handler and the OpenAPI document.
import { z } from "@/lib/zod";
import { PREFECTURE_CODES } from "./prefectures";
import { GOOD_PRACTICE_TAG_KEYS } from "./tags";

export const GoodPracticesQuerySchema = z.object({
  q: z.string().trim().max(100, "q は100文字以内で指定してください").optional().meta({ description: "キーワード（事業名・本文・都道府県名・テーマ名）", example: "ICT" }),
  prefecture: z.enum(PREFECTURE_CODES, { message: "prefecture は2桁の都道府県コードで指定してください" }).optional().meta({ description: "取組の都道府県（JIS X 0401 の2桁コード）", example: "01" }),
  theme: z.enum(GOOD_PRACTICE_TAG_KEYS, { message: "theme はテーマタグのキーで指定してください" }).optional().meta({ description: "テーマタグのキー", example: "discharge" }),
});

const BudgetSchema = z
  .object({
    fiscalYear: z.number().int().meta({ description: "年度（西暦の開始年。平成28年度 = 2016）" }),
    item: z.string().meta({ description: "内訳の名称。事業全体は空文字" }),
    amountYen: z.number().int().nullable().meta({ description: "予算額（円）。原文に金額がない年度（「—」「無」など）は null" }),
    note: z.string().nullable().meta({ description: "原文の注記（財源、上限額、「—」など）" }),
  })
  .meta({ id: "GoodPracticeBudget" });

export const GoodPracticeSchema = z
  .object({
    id: z.number().int(),
    sourceKey: z.string().nullable().meta({ description: "全国の事例集の事例番号（004-01〜004-39）。本庁が追加した事例は null" }),
    prefectureCode: z.string().meta({ description: "取組の都道府県コード" }),
    prefectureName: z.string(),
    title: z.string(),
    themeArea: z.string().nullable(),
    theme: z.string().nullable(),
    leader: z.string().nullable(),
    background: z.string().nullable(),
    purpose: z.string().nullable(),
    features: z.string().nullable(),
    results: z.string().nullable(),
    issues: z.string().nullable(),
    proposals: z.string().nullable(),
    budgetNote: z.string().nullable(),
    tags: z.array(z.object({ key: z.string(), label: z.string() })),
    budgets: z.array(BudgetSchema),
    updatedAt: z.string().meta({ description: "最終更新日時（ISO 8601）" }),
  })
  .meta({ id: "GoodPractice" });

export const GoodPracticesResponseSchema = z.object({ count: z.number().int(), data: z.array(GoodPracticeSchema) });
