// Input and API schemas of designations and the roadmap; shared by forms, server actions and the API.
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";

export const DESIGNATION_TYPES = ["BASE", "ACTIVE_ROLE"] as const;
export const DESIGNATION_STATUSES = ["CANDIDATE", "COORDINATING", "DESIGNATED", "REVOKED", "WITHDRAWN", "EXPIRED"] as const;
export type DesignationType = (typeof DESIGNATION_TYPES)[number];
export type DesignationStatus = (typeof DESIGNATION_STATUSES)[number];

const IsoDate = z.string().refine(isIsoDate, { message: "日付は YYYY-MM-DD の形式で入力してください" });
const OptionalIsoDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), IsoDate.optional());
const OptionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, { message: `${max}文字以内で入力してください` }).optional());
const Reason = z.string().trim().min(1, { message: "理由を入力してください" }).max(1000, { message: "理由は1000文字以内で入力してください" });
const Id = z.coerce.number().int().positive();
const Version = z.coerce.number().int().positive();

export const ProposeDesignationSchema = z.object({
  type: z.enum(DESIGNATION_TYPES, { error: "種別を選んでください" }),
  organisationId: z.coerce.number({ error: "団体を選んでください" }).int().positive({ message: "団体を選んでください" }),
  regionCodes: z.array(z.string().trim().min(1)).min(1, { message: "在宅医療圏を1つ以上選んでください" }),
  consultationStartedOn: OptionalIsoDate,
  note: OptionalText(2000),
});
export type ProposeDesignationInput = z.input<typeof ProposeDesignationSchema>;

export const StartCoordinationSchema = z.object({ designationId: Id, expectedVersion: Version, consultationStartedOn: IsoDate, note: OptionalText(2000) });
export type StartCoordinationInput = z.input<typeof StartCoordinationSchema>;

export const DesignateSchema = z.object({
  designationId: Id,
  expectedVersion: Version,
  designatedOn: IsoDate,
  periodEndsOn: OptionalIsoDate,
  noticeNumber: OptionalText(100),
});
export type DesignateInput = z.input<typeof DesignateSchema>;

export const END_KINDS = ["revoke", "withdraw", "expire"] as const;
export const EndDesignationSchema = z.object({
  designationId: Id,
  expectedVersion: Version,
  kind: z.enum(END_KINDS),
  endedOn: IsoDate,
  reason: Reason,
});
export type EndDesignationInput = z.input<typeof EndDesignationSchema>;

export const ChangeDesignationSchema = z.object({
  designationId: Id,
  expectedVersion: Version,
  noticeNumber: OptionalText(100),
  periodEndsOn: OptionalIsoDate,
  reason: Reason,
});
export type ChangeDesignationInput = z.input<typeof ChangeDesignationSchema>;

export const AddNoteSchema = z.object({
  designationId: Id,
  body: z.string().trim().min(1, { message: "メモを入力してください" }).max(2000, { message: "メモは2000文字以内で入力してください" }),
});
export type AddNoteInput = z.input<typeof AddNoteSchema>;

export const DesignationFilterSchema = z.object({
  type: z.enum(DESIGNATION_TYPES).optional().catch(undefined),
  status: z.enum(DESIGNATION_STATUSES).optional().catch(undefined),
  region: z.string().trim().max(16).optional().catch(undefined),
});
export type DesignationFilter = z.infer<typeof DesignationFilterSchema>;

const Count = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(0, { message: "0以上の整数で入力してください" }).max(999).optional());
export const RoadmapTargetSchema = z
  .object({
    fiscalYear: z.coerce.number().int().min(2000).max(2100),
    expectedVersion: Version,
    remaining: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    minRegions: Count,
    maxRegions: Count,
  })
  .superRefine((v, ctx) => {
    if (v.remaining) return;
    if (v.minRegions === undefined) ctx.addIssue({ code: "custom", path: ["minRegions"], message: "下限を入力するか「残りすべて」を選んでください" });
    if (v.maxRegions === undefined) ctx.addIssue({ code: "custom", path: ["maxRegions"], message: "上限を入力するか「残りすべて」を選んでください" });
    if (v.minRegions !== undefined && v.maxRegions !== undefined && v.maxRegions < v.minRegions)
      ctx.addIssue({ code: "custom", path: ["maxRegions"], message: "上限は下限以上にしてください" });
  });
export type RoadmapTargetInput = z.input<typeof RoadmapTargetSchema>;

export const RegionPlanSchema = z.object({
  regionCode: z.string().trim().min(1),
  plannedFiscalYear: z.preprocess((v) => (v === "" ? null : v), z.coerce.number().int().min(2024, { message: "令和6年度以降を選んでください" }).max(2029, { message: "令和11年度までを選んでください" }).nullable()),
});
export type RegionPlanInput = z.input<typeof RegionPlanSchema>;
