// Input schemas of the review side: 決裁 configuration, the decision proposal, template upload.
// Shared by forms, server actions, route handlers and tests; imports nothing server-side.
import { z } from "@/lib/zod";
import { reviewMessages as m } from "./messages";

export const APPROVER_ROLES = ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"] as const;
export const APPROVAL_PURPOSES = ["DECISION", "CONFIRMATION"] as const;
export type ApprovalPurpose = (typeof APPROVAL_PURPOSES)[number];

export const ApprovalStepSchema = z
  .object({
    label: z.string({ message: m.stepLabelRequired }).trim().min(1, { message: m.stepLabelRequired }).max(40, { message: m.stepLabelTooLong }),
    roles: z.array(z.enum(APPROVER_ROLES, { message: m.stepRoleInvalid })).default([]),
    userIds: z.array(z.string().uuid({ message: m.stepUserUnknown })).max(20).default([]),
  })
  .refine((s) => s.roles.length > 0 || s.userIds.length > 0, { message: m.stepApproverRequired, path: ["roles"] });
export type ApprovalStep = z.output<typeof ApprovalStepSchema>;

export const ApprovalStepsSchema = z
  .array(ApprovalStepSchema)
  .min(1, { message: m.stepsRequired })
  .max(3, { message: m.stepsTooMany });

export const SaveApprovalRouteSchema = z.object({
  purpose: z.enum(APPROVAL_PURPOSES),
  steps: ApprovalStepsSchema,
  /** The version the form was loaded with (optimistic concurrency); absent for a first route. */
  version: z.coerce.number().int().min(0).optional(),
});
export type SaveApprovalRouteInput = z.input<typeof SaveApprovalRouteSchema>;

/** "1/2", "１／２", "2/3" → { numerator, denominator }. */
const RateText = z
  .string({ message: m.rateInvalid })
  .transform((v) => v.normalize("NFKC").replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{1,3}\/\d{1,3}$/, { message: m.rateInvalid }))
  .transform((v) => {
    const [numerator, denominator] = v.split("/").map(Number);
    return { numerator, denominator };
  })
  .refine((r) => r.denominator > 0 && r.numerator > 0 && r.numerator <= r.denominator, { message: m.rateInvalid });

const YenText = z.preprocess(
  (v) => (typeof v === "string" ? (v.normalize("NFKC").replace(/[,\s円]/g, "") === "" ? undefined : Number(v.normalize("NFKC").replace(/[,\s円]/g, ""))) : v),
  z.number({ message: m.amountInvalid }).int({ message: m.amountInvalid }).min(0, { message: m.amountInvalid }).max(2_000_000_000, { message: m.amountInvalid }),
);

/** What the 決裁 carries: the amount, rate and comment the decision will take once approved. */
export const DecisionProposalSchema = z.object({
  applicationId: z.string().min(1).max(64),
  purpose: z.enum(APPROVAL_PURPOSES).default("DECISION"),
  amountYen: YenText,
  rate: RateText,
  comment: z.string().trim().max(1000, { message: m.commentTooLong }).default(""),
});
export type DecisionProposalInput = z.input<typeof DecisionProposalSchema>;
export type DecisionProposal = z.output<typeof DecisionProposalSchema>;

export const ChainActionSchema = z
  .object({
    approvalId: z.string().uuid(),
    action: z.enum(["APPROVE", "RETURN"]),
    comment: z.string().trim().max(1000, { message: m.commentTooLong }).default(""),
    version: z.coerce.number().int().min(0),
  })
  .refine((v) => v.action !== "RETURN" || v.comment.length > 0, { message: m.returnCommentRequired, path: ["comment"] });
export type ChainActionInput = z.input<typeof ChainActionSchema>;

export const TEMPLATE_KINDS = ["PLAN", "STATEMENT", "DECISION_NOTICE", "CONFIRMATION_NOTICE"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const TemplateKindSchema = z.enum(TEMPLATE_KINDS, { message: m.templateKindInvalid });

export const REVIEW_STATES = ["SUBMITTED", "RESUBMITTED", "RETURNED", "DECIDED", "REPORTED", "CONFIRMED", "WITHDRAWN", "REJECTED"] as const;
