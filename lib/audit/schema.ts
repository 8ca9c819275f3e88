// Filters of the audit log, shared by the page (GET form), the CSV export route and the domain.
// Empty form fields mean "no condition". Dates are calendar dates in Japan (JST).
import { z } from "@/lib/zod";
import { isIsoDate } from "@/lib/dates/date-only";
import { auditMessages as m } from "./messages";

export const AUDIT_PAGE_SIZE = 50;
/** Largest export; more must be narrowed first (the file is built in memory). */
export const AUDIT_EXPORT_MAX = 50_000;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const text = (max: number, description: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, m.tooLong(max)).optional()).describe(description);

const date = (description: string) =>
  z.preprocess(blankToUndefined, z.string().refine(isIsoDate, m.invalidDate).optional()).describe(description);

export const AuditFilterSchema = z
  .object({
    from: date("期間の開始日（日本時間、YYYY-MM-DD、その日を含む）"),
    to: date("期間の終了日（日本時間、YYYY-MM-DD、その日を含む）"),
    action: text(100, "操作（前方一致、例: auth.）"),
    actor: text(100, "操作者の氏名またはメールアドレスの一部"),
    entityType: text(100, "対象種別（完全一致）"),
    entityId: text(200, "対象ID（完全一致）"),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: m.fromAfterTo, path: ["to"] });
export type AuditFilter = z.output<typeof AuditFilterSchema>;

export const AuditListQuerySchema = AuditFilterSchema.safeExtend({
  page: z.preprocess(blankToUndefined, z.coerce.number({ error: m.invalidPage }).int(m.invalidPage).min(1, m.invalidPage).max(100_000, m.invalidPage).default(1)),
});
export type AuditListQuery = z.output<typeof AuditListQuerySchema>;

/** The filter's fields in form order, for building links (pagination, CSV). */
export const AUDIT_FILTER_KEYS = ["from", "to", "action", "actor", "entityType", "entityId"] as const;
