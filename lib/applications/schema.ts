// Input schemas of calls and applications, shared by forms, server actions and (later) the API.
// Every object is strict: a field the form does not have (status, decidedAmountYen, rate …) is
// refused, so an applicant can never set what only 本庁 decides by sending extra fields.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { applicationMessages as m } from "./messages";

export const MAX_YEN = 2_000_000_000;
/** The form revision new drafts are written with; older drafts are read by their own schema. */
export const CURRENT_FORM_VERSION = 1;

const strict = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: m.field.unknownField });
const IsoDate = z.string().refine(isIsoDate, { message: "日付は YYYY-MM-DD の形式で入力してください" });
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const Yen = (message: string) => z.preprocess(emptyToUndefined, z.coerce.number({ error: message }).int({ message }).min(0, { message }).max(MAX_YEN, { message }));
const Count = z.preprocess(emptyToUndefined, z.coerce.number({ error: m.field.quantity }).int({ message: m.field.quantity }).min(0, { message: m.field.quantity }).max(1_000_000, { message: m.field.quantity }));
const Id = z.coerce.number().int().positive();
const Uuid = z.uuid({ message: m.notFound });
const Version = z.coerce.number().int().positive();
const Text = (max: number) => z.string().trim().max(max, { message: `${max}文字以内で入力してください` });

/** A line of the plan as typed: all optional in a draft. */
const DraftItem = strict({
  itemCode: z.string().trim().max(80).default(""),
  quantity: Count.optional(),
  costYen: Yen(m.field.costYen).optional(),
  note: Text(200).optional(),
});

/** Form revision 1: what a draft may hold (anything may still be missing). */
export const DraftContentV1Schema = strict({
  title: Text(200).default(""),
  outline: Text(4000).default(""),
  periodFrom: z.preprocess(emptyToUndefined, IsoDate.optional()),
  periodTo: z.preprocess(emptyToUndefined, IsoDate.optional()),
  applicantType: z.preprocess(emptyToUndefined, z.string().trim().max(40).optional()),
  quantity: Count.optional(),
  items: z.array(DraftItem).max(50).default([]),
  totalProjectCostYen: Yen(m.field.totalProjectCostYen).optional(),
  otherIncomeYen: Yen(m.field.otherIncomeYen).optional(),
});
export type DraftContent = z.output<typeof DraftContentV1Schema>;
export type DraftContentInput = z.input<typeof DraftContentV1Schema>;

/** What submitting requires of the stored draft (field errors name the form's fields). */
export const CompleteContentSchema = z
  .object({
    title: z.string().min(1, { message: m.field.title }),
    outline: z.string().min(1, { message: m.field.outline }),
    periodFrom: IsoDate.optional().refine((v) => v !== undefined, { message: m.field.periodFrom }),
    periodTo: IsoDate.optional().refine((v) => v !== undefined, { message: m.field.periodTo }),
    applicantType: z.string().optional().refine((v) => !!v, { message: m.field.applicantType }),
    quantity: z.number().optional(),
    items: z
      .array(z.object({ itemCode: z.string().min(1, { message: m.field.itemCode }), quantity: z.number().optional(), costYen: z.number({ error: m.field.costYen }), note: z.string().optional() }))
      .min(1, { message: m.field.items }),
    // Blank: the sum of the lines (the form says so; the calculation does the same).
    totalProjectCostYen: z.number({ error: m.field.totalProjectCostYen }).optional(),
    otherIncomeYen: z.number().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.periodFrom && v.periodTo && v.periodTo < v.periodFrom) ctx.addIssue({ code: "custom", path: ["periodTo"], message: m.field.periodOrder });
    const seen = new Set<string>();
    v.items.forEach((i, n) => {
      if (seen.has(i.itemCode)) ctx.addIssue({ code: "custom", path: ["items", n, "itemCode"], message: m.field.duplicateItem });
      seen.add(i.itemCode);
    });
  });

/**
 * Reads a stored draft of any form revision as the current revision. Revision 0 (never shipped)
 * stands for "before formVersion existed": a new revision adds its schema here and upgrades the
 * previous one's output, so a revision never breaks saved drafts.
 */
export function readDraftContent(formVersion: number, content: unknown): DraftContent {
  const loose = z.record(z.string(), z.unknown()).catch({}).parse(content);
  const upgraded = formVersion < CURRENT_FORM_VERSION ? upgradeFromV0(loose) : loose;
  // Field by field: a field the current revision cannot read is dropped, never the whole draft.
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(DraftContentV1Schema.shape)) {
    if (key in upgraded && (field as z.ZodType).safeParse(upgraded[key]).success) kept[key] = upgraded[key];
  }
  return DraftContentV1Schema.parse(kept);
}

/** Revision 0 → 1: nothing renamed yet; the place where a revision maps old field names. */
function upgradeFromV0(old: Record<string, unknown>): Record<string, unknown> {
  return old;
}

export const CreateApplicationSchema = strict({
  callId: Id,
  /** Generated when the new-application form is rendered; the same key answers with the same application. */
  idempotencyKey: z.uuid({ message: m.duplicateKey }),
  content: DraftContentV1Schema.optional(),
});
export type CreateApplicationInput = z.input<typeof CreateApplicationSchema>;

export const SaveDraftSchema = strict({ applicationId: Uuid, expectedVersion: Version, content: DraftContentV1Schema });
export type SaveDraftInput = z.input<typeof SaveDraftSchema>;

/** Applicant transitions without figures: submit, resubmit, withdraw. */
export const ApplicantTransitionSchema = strict({ applicationId: Uuid, expectedVersion: Version, comment: Text(2000).optional() });
export type ApplicantTransitionInput = z.input<typeof ApplicantTransitionSchema>;

export const ChangeRequestSchema = strict({ applicationId: Uuid, expectedVersion: Version, reason: Text(2000).min(1, { message: m.reasonRequired }), content: DraftContentV1Schema });
export type ChangeRequestInput = z.input<typeof ChangeRequestSchema>;

export const ActualReportSchema = strict({
  applicationId: Uuid,
  expectedVersion: Version,
  actualTotalCostYen: Yen(m.field.totalProjectCostYen),
  actualOtherIncomeYen: Yen(m.field.otherIncomeYen).default(0),
  items: z.array(strict({ itemCode: z.string().trim().min(1, { message: m.field.itemCode }), actualCostYen: Yen(m.field.costYen) })).min(1, { message: m.actualsRequired }),
  comment: Text(2000).optional(),
});
export type ActualReportInput = z.input<typeof ActualReportSchema>;

/** 本庁's transitions with a comment: return, reject, return_report, approve/refuse change. */
export const OfficeTransitionSchema = strict({ applicationId: Uuid, expectedVersion: Version, comment: Text(2000).optional() });
export type OfficeTransitionInput = z.input<typeof OfficeTransitionSchema>;
export const ReturnApplicationSchema = OfficeTransitionSchema.extend({ comment: Text(2000).min(1, { message: m.commentRequired }) });
export type ReturnApplicationInput = z.input<typeof ReturnApplicationSchema>;

export const DecideApplicationSchema = strict({
  applicationId: Uuid,
  expectedVersion: Version,
  /** The amount decided; defaults to the calculation (with the applied rate). Never above it. */
  amountYen: Yen("交付決定額は0円以上の整数（円）で入力してください").optional(),
  rateNumerator: z.coerce.number().int().positive().optional(),
  rateDenominator: z.coerce.number().int().positive().optional(),
  comment: Text(2000).optional(),
  /** The budget to commit; defaults to the 年度's budget of a line funding the menu. */
  budgetId: Id.optional(),
});
export type DecideApplicationInput = z.input<typeof DecideApplicationSchema>;

export const ConfirmApplicationSchema = strict({ applicationId: Uuid, expectedVersion: Version, comment: Text(2000).optional() });
export type ConfirmApplicationInput = z.input<typeof ConfirmApplicationSchema>;

// Calls (募集)
const Instant = z.coerce.date({ error: "日時を入力してください" });
export const OpenCallSchema = strict({
  menuCode: z.string().trim().min(1, { message: "補助メニューを選んでください" }).max(80),
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  title: Text(200).min(1, { message: "募集の名称を入力してください" }),
  note: Text(2000).optional(),
  opensOn: IsoDate,
  deadline: Instant,
});
export type OpenCallInput = z.input<typeof OpenCallSchema>;
export const ExtendCallSchema = strict({ callId: Id, expectedVersion: Version, extendedUntil: Instant });
export type ExtendCallInput = z.input<typeof ExtendCallSchema>;
export const CloseCallSchema = strict({ callId: Id, expectedVersion: Version });
export type CloseCallInput = z.input<typeof CloseCallSchema>;
