// The reporting form of 令和8年度 (form version 1): what a status report's content holds. Next
// year's form gets its own file and version; stored reports keep the version they were written in
// and are read with that version's schema (ADR 0023). Lenient for drafts: every text may be empty;
// submission checks completeness separately (missingForSubmission).
import { z } from "@/lib/zod";

export const FUNCTION_KEYS = ["discharge", "daily", "emergency", "endOfLife"] as const;
export type FunctionKey = (typeof FUNCTION_KEYS)[number];
export const FUNCTION_STATES = ["SUFFICIENT", "PARTLY_SHORT", "SHORT"] as const;
export type FunctionState = (typeof FUNCTION_STATES)[number];
/** (ア)–(キ), the municipal 在宅医療・介護連携推進事業 items. */
export const MUNICIPAL_ITEMS = ["a", "b", "c", "d", "e", "f", "g"] as const;
export type MunicipalItem = (typeof MUNICIPAL_ITEMS)[number];
export const ITEM_STATES = ["DONE", "PARTLY", "NOT_DONE"] as const;

const Text = (max: number) => z.string().max(max, { message: `${max}文字以内で入力してください` }).default("");
const Count = z.union([z.number().int().min(0, { message: "0以上の整数で入力してください" }), z.null()]).default(null);
const DateText = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: "日付は YYYY-MM-DD の形式で入力してください" }).default("");

const FunctionSchema = z.object({
  state: z.union([z.enum(FUNCTION_STATES), z.literal("")]).default(""),
  issues: Text(4000),
  measures: Text(4000),
  /** Indicators: 入退院支援ルールの有無, 24時間対応体制, 看取り件数 where known, and free text. */
  indicators: Text(2000),
});

const EventSchema = z.object({ date: DateText, title: Text(200), participants: Count });

const ItemSchema = z.object({ state: z.union([z.enum(ITEM_STATES), z.literal("")]).default(""), note: Text(1000) });

export const ReportContentV1Schema = z.object({
  formVersion: z.literal(1),
  functions: z.object({
    discharge: FunctionSchema.default(FunctionSchema.parse({})),
    daily: FunctionSchema.default(FunctionSchema.parse({})),
    emergency: FunctionSchema.default(FunctionSchema.parse({})),
    endOfLife: FunctionSchema.default(FunctionSchema.parse({})),
  }),
  council: z.object({
    meetings: z.array(EventSchema).max(50).default([]),
    workingGroups: Text(2000),
    trainings: z.array(EventSchema).max(50).default([]),
    publicLectures: z.array(EventSchema).max(50).default([]),
  }),
  municipalities: z
    .array(
      z.object({
        code: z.string().max(10),
        name: z.string().max(50),
        items: z.object(Object.fromEntries(MUNICIPAL_ITEMS.map((k) => [k, ItemSchema.default(ItemSchema.parse({}))])) as Record<MunicipalItem, z.ZodDefault<typeof ItemSchema>>),
      }),
    )
    .max(100)
    .default([]),
  /** (ク) coordination across municipalities: the 保健所's own part. */
  coordination: Text(4000),
  remarks: Text(4000),
});
export type ReportContentV1 = z.output<typeof ReportContentV1Schema>;
export type ReportEvent = z.output<typeof EventSchema>;

/** An empty v1 report for the region's municipalities. */
export function emptyContentV1(municipalities: { code: string; name: string }[]): ReportContentV1 {
  return ReportContentV1Schema.parse({ formVersion: 1, functions: {}, council: {}, municipalities: municipalities.map((m) => ({ ...m, items: {} })) });
}

/** What is still missing before the report may be submitted (section keys). */
export function missingForSubmission(c: ReportContentV1): string[] {
  const missing: string[] = [];
  for (const k of FUNCTION_KEYS) if (!c.functions[k].state) missing.push(`functions.${k}.state`);
  for (const [i, m] of c.municipalities.entries()) for (const k of MUNICIPAL_ITEMS) if (!m.items[k].state) missing.push(`municipalities.${i}.items.${k}.state`);
  return missing;
}
