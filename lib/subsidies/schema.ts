// Schemas of the subsidy catalogue and calculation: the API's query, bodies and responses, and the
// 本庁 edit form. Imports nothing server-side (the public calculator and forms use it).
import { z } from "@/lib/zod";

export const APPLICANT_TYPES = [
  "MEDICAL_INSTITUTION", "HOSPITAL", "CLINIC", "MEDICAL_ASSOCIATION", "MUNICIPALITY", "REMOTE_MUNICIPALITY",
  "VISITING_NURSING_STATION", "WELFARE_CORPORATION", "RESIDENT_GROUP", "CORE_INSTITUTION",
  "SUPPORTING_INSTITUTION", "SUPPORTED_INSTITUTION",
] as const;
export type ApplicantTypeCode = (typeof APPLICANT_TYPES)[number];
export const UNITS = ["BED", "HOUR", "MONTH", "FACILITY"] as const;
export type UnitCode = (typeof UNITS)[number];

const MAX_YEN = 100_000_000_000;
const yen = (label: string) =>
  z
    .number({ error: `${label}は数値（円）で入力してください` })
    .int({ error: `${label}は整数（円）で入力してください` })
    .min(0, { error: `${label}は0円以上で入力してください` })
    .max(MAX_YEN, { error: `${label}が大きすぎます` });
const count = (label: string) =>
  z
    .number({ error: `${label}は数値で入力してください` })
    .int({ error: `${label}は整数で入力してください` })
    .min(0, { error: `${label}は0以上で入力してください` })
    .max(1_000_000, { error: `${label}が大きすぎます` });

export const FiscalYearQuerySchema = z.object({
  fiscalYear: z.coerce
    .number({ error: "fiscalYear（年度）は西暦の年（例: 2024）で指定してください" })
    .int({ error: "fiscalYear（年度）は西暦の年（例: 2024）で指定してください" })
    .min(2000, { error: "fiscalYear（年度）は西暦の年（例: 2024）で指定してください" })
    .max(2100, { error: "fiscalYear（年度）は西暦の年（例: 2024）で指定してください" })
    .optional()
    .meta({ description: "年度（西暦の開始年。令和6年度 = 2024）。省略時は今年度、なければ最新の年度", example: 2024 }),
});

export const CalculationRequestSchema = z.object({
  menuCode: z.string({ error: "補助メニュー（menuCode）を指定してください" }).min(1, { error: "補助メニュー（menuCode）を指定してください" }),
  fiscalYear: z
    .number({ error: "年度（fiscalYear）を西暦の年で指定してください" })
    .int({ error: "年度（fiscalYear）を西暦の年で指定してください" })
    .min(2000, { error: "年度（fiscalYear）を西暦の年で指定してください" })
    .max(2100, { error: "年度（fiscalYear）を西暦の年で指定してください" }),
  applicantType: z.enum(APPLICANT_TYPES, { error: "申請者の種別（applicantType）が正しくありません" }),
  quantity: count("数量（quantity）").optional().meta({ description: "メニューの基準額が単位あたり（床・時間・月・施設）のときの数量" }),
  items: z
    .array(
      z.object({
        itemCode: z.string({ error: "経費区分（itemCode）を指定してください" }).min(1, { error: "経費区分（itemCode）を指定してください" }),
        costYen: yen("経費の実支出予定額（costYen）"),
        quantity: count("経費区分の数量（quantity）").optional().meta({ description: "経費区分の基準額が単位あたりのときの数量" }),
      }),
      { error: "経費（items）を配列で指定してください" },
    )
    .min(1, { error: "経費（items）を1つ以上指定してください" })
    .max(50, { error: "経費（items）が多すぎます" }),
  totalProjectCostYen: yen("総事業費（totalProjectCostYen）").optional().meta({ description: "省略時は経費の合計" }),
  otherIncomeYen: yen("寄付金その他の収入額（otherIncomeYen）").optional(),
});
export type CalculationRequest = z.output<typeof CalculationRequestSchema>;

const RateSchema = z.object({ numerator: z.number().int(), denominator: z.number().int() }).meta({ id: "SubsidyRate", description: "補助率（上限）。分数で表す" });
const BaseSchema = z
  .object({
    kind: z.enum(["ITEMS_ONLY", "FIXED", "PER_UNIT", "PER_APPLICANT_TYPE", "NONE"]),
    amountYen: z.number().int().nullable().meta({ description: "基準額（円）。null は本庁が未入力" }),
    unit: z.enum(UNITS).nullable(),
  })
  .meta({ id: "SubsidyBase", description: "基準額の種類: ITEMS_ONLY=経費区分の合計のみ, FIXED=定額, PER_UNIT=単位あたり, PER_APPLICANT_TYPE=申請者の種別ごと, NONE=経費区分ごとの基準額なし" });

export const SubsidyMenuSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    programme: z.object({ code: z.string(), name: z.string() }),
    fiscalYear: z.number().int(),
    rate: RateSchema,
    base: BaseSchema,
    applicantTypes: z.array(z.object({ code: z.enum(APPLICANT_TYPES), name: z.string(), baseAmountYen: z.number().int().nullable() })),
    items: z.array(z.object({ code: z.string(), name: z.string(), base: BaseSchema })),
    conditions: z.array(z.object({ kind: z.string(), description: z.string() })),
    note: z.string().nullable(),
    isSample: z.boolean(),
  })
  .meta({ id: "SubsidyMenu" });
export type SubsidyMenuView = z.output<typeof SubsidyMenuSchema>;
export const SubsidyMenusResponseSchema = z.object({ fiscalYear: z.number().int(), isSample: z.boolean(), data: z.array(SubsidyMenuSchema) });
export type SubsidyMenusResponse = z.output<typeof SubsidyMenusResponseSchema>;

export const CalculationResponseSchema = z.object({
  subsidyYen: z.number().int().meta({ description: "補助額（円、1,000円未満切捨て）" }),
  steps: z.array(z.looseObject({ step: z.string() })).meta({ description: "計算の各段階と、その額を決めた上限（decidedBy）" }),
});

const amountField = z
  .union([z.literal(""), z.coerce.number().int({ error: "基準額は整数（円）で入力してください" }).min(0, { error: "基準額は0円以上で入力してください" }).max(MAX_YEN)])
  .transform((v) => (v === "" ? null : v));

/** 本庁's edit of one menu's figures in one 年度 (a blank amount = not entered yet). */
export const MenuRuleEditSchema = z
  .object({
    ruleId: z.coerce.number().int(),
    version: z.coerce.number().int(),
    baseAmountYen: amountField.optional(),
    rateNumerator: z.coerce.number({ error: "補助率の分子を入力してください" }).int({ error: "補助率の分子は整数で入力してください" }).min(1, { error: "補助率の分子は1以上で入力してください" }),
    rateDenominator: z.coerce.number({ error: "補助率の分母を入力してください" }).int({ error: "補助率の分母は整数で入力してください" }).min(1, { error: "補助率の分母は1以上で入力してください" }),
    items: z.record(z.string(), amountField).default({}),
    applicants: z.record(z.string(), amountField).default({}),
  })
  .refine((v) => v.rateNumerator <= v.rateDenominator, { path: ["rateNumerator"], error: "補助率は10/10以内（分子は分母以下）で入力してください" });
export type MenuRuleEdit = z.output<typeof MenuRuleEditSchema>;

/** A menu as 本庁's page edits it: the catalogue view plus the rule's id and version. */
export type EditableMenu = SubsidyMenuView & { ruleId: number; version: number };
