// Input schemas of the good-practice library; shared by the form, the server actions, the API and
// tests. Text fields are free text kept as written (the source's own wording and line breaks).
import { z } from "@/lib/zod";
import { FIELD_LABELS, goodPracticeMessages as m } from "./messages";
import { PREFECTURE_CODES } from "./prefectures";
import { GOOD_PRACTICE_TAG_KEYS } from "./tags";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const Text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, { message: m.tooLong(max) }).optional());

export const TEXT_FIELDS = ["background", "purpose", "features", "results", "issues", "proposals"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const BudgetRowSchema = z.object({
  fiscalYear: z.coerce.number({ message: m.yearInvalid }).int({ message: m.yearInvalid }).min(1990, { message: m.yearInvalid }).max(2100, { message: m.yearInvalid }),
  item: z.preprocess((v) => (typeof v === "string" ? v.trim() : v ?? ""), z.string().max(200, { message: m.tooLong(200) })),
  amountYen: z.preprocess(
    (v) => (typeof v === "string" ? (v.replace(/[,\s円]/g, "") === "" ? null : v.replace(/[,\s円]/g, "")) : v),
    z.coerce.number({ message: m.amountInvalid }).int({ message: m.amountInvalid }).min(0, { message: m.amountInvalid }).max(2_000_000_000, { message: m.amountInvalid }).nullable(),
  ),
  note: Text(200),
});
export type BudgetRow = z.infer<typeof BudgetRowSchema>;

export const GoodPracticeFieldsSchema = z
  .object({
    title: z.string({ message: m.titleRequired }).trim().min(1, { message: m.titleRequired }).max(200, { message: m.tooLong(200) }),
    subjectPrefectureCode: z.enum(PREFECTURE_CODES, { message: m.prefectureInvalid }),
    themeArea: Text(100),
    theme: Text(100),
    leader: Text(50),
    background: Text(10_000),
    purpose: Text(10_000),
    features: Text(10_000),
    results: Text(10_000),
    issues: Text(10_000),
    proposals: Text(10_000),
    budgetNote: Text(2_000),
    tags: z.array(z.enum(GOOD_PRACTICE_TAG_KEYS, { message: m.tagInvalid })).max(GOOD_PRACTICE_TAG_KEYS.length).default([]),
    budgets: z.array(BudgetRowSchema).max(40).default([]),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.budgets.forEach((b, i) => {
      const key = `${b.fiscalYear}\u0000${b.item}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["budgets", i, "fiscalYear"], message: m.duplicateBudget });
      seen.add(key);
    });
  });
export type GoodPracticeFields = z.infer<typeof GoodPracticeFieldsSchema>;
export type GoodPracticeInput = z.input<typeof GoodPracticeFieldsSchema>;

export const UpdateGoodPracticeSchema = z.object({
  expectedVersion: z.coerce.number().int().min(1),
  fields: GoodPracticeFieldsSchema,
});

/** Search parameters of the list page and the API: all optional. */
export const GoodPracticeSearchSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  prefecture: z.preprocess(blankToUndefined, z.enum(PREFECTURE_CODES).optional()),
  theme: z.preprocess(blankToUndefined, z.enum(GOOD_PRACTICE_TAG_KEYS).optional()),
});
export type GoodPracticeSearch = z.infer<typeof GoodPracticeSearchSchema>;

export { FIELD_LABELS };
