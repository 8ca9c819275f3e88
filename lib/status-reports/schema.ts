// Status reports' input schemas and the versioned content: shared by the form, the server actions
// and the route handlers. CURRENT_FORM_VERSION is what new reports are written in.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { ReportContentV1Schema, type ReportContentV1 } from "./form-v1";

export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const CURRENT_FORM_VERSION = 1;

/** Every form version's content schema, by version (a discriminated union on formVersion). */
export const ReportContentSchema = z.discriminatedUnion("formVersion", [ReportContentV1Schema]);
export type ReportContent = ReportContentV1;

/** Sections a reviewer may comment on when returning a report. */
export const REVIEW_SECTIONS = ["functions", "council", "municipalities", "coordination", "general"] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

const Id = z.coerce.number().int().positive();
const Version = z.coerce.number().int().positive();
const Reason = z.string().trim().min(1, { message: "理由を入力してください" }).max(2000, { message: "2000文字以内で入力してください" });

export const CreateReportSchema = z.object({
  regionCode: z.string().trim().min(1, { message: "在宅医療圏を選んでください" }),
  fiscalYear: z.coerce.number().int().min(2024).max(2100),
  copyFromPrevious: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});
export type CreateReportInput = z.input<typeof CreateReportSchema>;

export const SaveDraftSchema = z.object({ reportId: Id, expectedVersion: Version, content: z.unknown() });
export type SaveDraftInput = z.input<typeof SaveDraftSchema>;

export const TransitionSchema = z.object({ reportId: Id, expectedVersion: Version });
export type TransitionInput = z.input<typeof TransitionSchema>;

const Comment = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(2000, { message: "2000文字以内で入力してください" }));
export const ReturnReportSchema = z
  .object({ reportId: Id, expectedVersion: Version, comments: z.object(Object.fromEntries(REVIEW_SECTIONS.map((s) => [s, Comment])) as Record<ReviewSection, typeof Comment>) })
  .refine((v) => Object.values(v.comments).some((c) => c !== ""), { message: "差戻しの理由を少なくとも1つの欄に入力してください", path: ["comments", "general"] });
export type ReturnReportInput = z.input<typeof ReturnReportSchema>;

export const ReopenReportSchema = z.object({ reportId: Id, expectedVersion: Version, reason: Reason });
export type ReopenReportInput = z.input<typeof ReopenReportSchema>;

export const DeadlineSchema = z.object({
  fiscalYear: z.coerce.number().int().min(2024).max(2100),
  dueOn: z.string().refine(isIsoDate, { message: "日付は YYYY-MM-DD の形式で入力してください" }),
});
export type DeadlineInput = z.input<typeof DeadlineSchema>;
