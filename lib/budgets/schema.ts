// Input schemas of budgets: the ledger calls the applications issue makes, and the 補正 and
// allocation forms. Shared by forms, server actions, route handlers and tests.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { budgetMessages as m } from "./messages";

/** The largest amount one entry may carry (the columns are 32-bit integers; ADR 0022). */
export const MAX_YEN = 2_000_000_000;

/** "1,234,000" / "１２３４０００" / 1234000 → 1234000; anything else stays as it is (and fails). */
function toNumber(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.normalize("NFKC").replace(/[,\s円]/g, "").replace(/^−/, "-");
  return /^-?\d+$/.test(s) ? Number(s) : s === "" ? undefined : v;
}

const Yen = (label: string) =>
  z.preprocess(
    toNumber,
    z
      .number({ message: m.amountInvalid(label) })
      .int({ message: m.amountInvalid(label) })
      .max(MAX_YEN, { message: m.amountTooLarge(label) })
      .min(-MAX_YEN, { message: m.amountTooLarge(label) }),
  );
const PositiveYen = (label: string) => Yen(label).pipe(z.number().min(1, { message: m.amountPositive(label) }));
const Id = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
    z.number({ message: m.amountInvalid(label) }).int().positive(),
  );
const OptionalMenuId = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
  z.number({ message: m.menuUnknown }).int({ message: m.menuUnknown }).positive({ message: m.menuUnknown }).optional(),
);
export const FiscalYearParam = z.coerce.number({ message: m.fiscalYearInvalid }).int({ message: m.fiscalYearInvalid }).min(2000, { message: m.fiscalYearInvalid }).max(2100, { message: m.fiscalYearInvalid });
const Reason = z.string({ message: m.reasonRequired }).trim().min(1, { message: m.reasonRequired }).max(200, { message: m.reasonTooLong });
const Description = z.string({ message: m.descriptionRequired }).trim().min(1, { message: m.descriptionRequired }).max(200, { message: m.descriptionTooLong });
const Reference = z
  .string()
  .trim()
  .max(100, { message: m.referenceTooLong })
  .nullish()
  .transform((v) => (v ? v : null));

/** Which budget: its id, or its line's code and the 年度. */
const Target = z.object({
  budgetId: Id(m.field.budgetId).optional(),
  lineCode: z.string().trim().min(1).max(40).optional(),
  fiscalYear: FiscalYearParam.optional(),
  menuId: OptionalMenuId,
});
const targetGiven = (v: z.infer<typeof Target>) => v.budgetId !== undefined || (v.lineCode !== undefined && v.fiscalYear !== undefined);
const targetIssue = { message: m.budgetRequired, path: ["budgetId"] };

export const CommitBudgetSchema = Target.extend({ amountYen: PositiveYen(m.field.amountYen), reference: Reference, description: Description }).refine(targetGiven, targetIssue);
export type CommitBudgetInput = z.input<typeof CommitBudgetSchema>;

export const RecordPaymentSchema = CommitBudgetSchema;
export type RecordPaymentInput = z.input<typeof RecordPaymentSchema>;

export const ReleaseCommitmentSchema = Target.extend({
  amountYen: PositiveYen(m.field.amountYen),
  reference: Reference,
  description: Description,
  reason: Reason,
}).refine(targetGiven, targetIssue);
export type ReleaseCommitmentInput = z.input<typeof ReleaseCommitmentSchema>;

export const AddSupplementSchema = z.object({
  budgetId: Id(m.field.budgetId),
  decidedOn: z.string({ message: m.dateInvalid }).trim().refine(isIsoDate, { message: m.dateInvalid }),
  amountYen: Yen(m.field.amountYen).refine((v) => v !== 0, { message: m.amountNotZero }),
  reason: Reason,
  expectedVersion: z.coerce.number().int().positive(),
});
export type AddSupplementInput = z.input<typeof AddSupplementSchema>;

export const SetAllocationSchema = z.object({
  budgetId: Id(m.field.budgetId),
  menuId: Id(m.field.menuId),
  amountYen: Yen(m.field.amountYen).pipe(z.number().min(0, { message: m.amountInvalid(m.field.amountYen) })),
  expectedVersion: z.coerce.number().int().positive(),
});
export type SetAllocationInput = z.input<typeof SetAllocationSchema>;

/** GET /api/v1/budgets: the 年度 to list (omitted: the latest with budgets). */
export const BudgetsQuerySchema = z.object({
  fiscalYear: FiscalYearParam.optional().meta({ description: "年度（西暦の開始年。令和6年度 = 2024）。省略時は予算のある最新の年度" }),
});

const BudgetRowSchema = z
  .object({
    lineCode: z.string().meta({ description: "予算事業のコード（都道府県内で一意・不変）" }),
    lineName: z.string(),
    programmeName: z.string().nullable(),
    fiscalYear: z.number().int(),
    plannedSites: z.number().int().nullable(),
    initialYen: z.number().int().meta({ description: "当初予算額（円）" }),
    supplementYen: z.number().int().meta({ description: "補正の合計（円）" }),
    amountYen: z.number().int().meta({ description: "現計（円）" }),
    committedYen: z.number().int().meta({ description: "交付決定額（円、減額・取消後）" }),
    paidYen: z.number().int().meta({ description: "確定額（円）" }),
    remainingYen: z.number().int().meta({ description: "残額（円）= 現計 − 交付決定額" }),
    isSample: z.boolean().meta({ description: "デモ用のサンプル" }),
    menus: z.array(z.string()).meta({ description: "この予算事業が対象とするカタログのメニュー名" }),
  })
  .meta({ id: "Budget" });

export const BudgetsResponseSchema = z.object({ fiscalYear: z.number().int().nullable(), data: z.array(BudgetRowSchema) }).meta({ id: "Budgets" });
