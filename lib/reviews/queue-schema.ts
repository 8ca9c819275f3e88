// The review queue's filters and sort, parsed from the page's search params (and the CSV link).
import { z } from "@/lib/zod";

export const QUEUE_SORTS = ["deadline", "submitted", "amount", "applicant"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

const Opt = z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), z.string().trim().max(60).optional());

export const QueueFilterSchema = z.object({
  menu: Opt,
  region: Opt,
  status: Opt,
  /** 締切 on or before this date (YYYY-MM-DD). */
  deadlineBy: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional()).catch(undefined),
  sort: z.preprocess((v) => (v === "" ? undefined : v), z.enum(QUEUE_SORTS).default("deadline")).catch("deadline"),
  order: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["asc", "desc"]).default("asc")).catch("asc"),
  /** Page of QUEUE_PAGE_SIZE rows (the page shows one; the CSV holds them all). */
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});
export const QUEUE_PAGE_SIZE = 50;
export type QueueFilter = z.output<typeof QueueFilterSchema>;
