// Reading the audit log: one page of the reader's prefecture's entries (newest first), the entity
// types present, and the CSV export of everything the filter matches (itself audited).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { addDays } from "@/lib/dates/date-only";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditCsv, formatJst } from "./csv";
import { auditMessages as m } from "./messages";
import { recordAudit } from "./mutations";
import { assertAuditReader, visibleAuditEntries, type AuditReader } from "./policy";
import { AUDIT_EXPORT_MAX, AUDIT_PAGE_SIZE, type AuditFilter } from "./schema";

export interface AuditEntryView {
  id: string;
  occurredAt: string;
  occurredAtJst: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string | null;
  ipAddress: string | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  total: number;
  page: number;
  pageCount: number;
}

/** Midnight in Japan at the start of `isoDate`. */
const jstMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+09:00`);

function whereOf(reader: AuditReader, f: AuditFilter): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [visibleAuditEntries(reader)];
  if (f.from || f.to) {
    and.push({ occurredAt: { ...(f.from ? { gte: jstMidnight(f.from) } : {}), ...(f.to ? { lt: jstMidnight(addDays(f.to, 1)) } : {}) } });
  }
  if (f.action) and.push({ action: { startsWith: f.action } });
  if (f.actor) {
    and.push({ OR: [{ actorLabel: { contains: f.actor, mode: "insensitive" } }, { actor: { email: { contains: f.actor, mode: "insensitive" } } }] });
  }
  if (f.entityType) and.push({ entityType: f.entityType });
  if (f.entityId) and.push({ entityId: f.entityId });
  return { AND: and };
}

const NEWEST_FIRST: Prisma.AuditEntryOrderByWithRelationInput[] = [{ occurredAt: "desc" }, { id: "desc" }];

const select = {
  id: true,
  occurredAt: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  ipAddress: true,
} satisfies Prisma.AuditEntrySelect;

/** One page (AUDIT_PAGE_SIZE entries) of the reader's prefecture's audit log, newest first. */
export async function listAuditEntries(actor: Actor, filter: AuditFilter, page = 1): Promise<AuditPage> {
  const reader = await assertAuditReader(actor, "audit.list");
  const where = whereOf(reader, filter);
  const [total, rows] = await Promise.all([
    db().auditEntry.count({ where }),
    db().auditEntry.findMany({ where, orderBy: NEWEST_FIRST, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select }),
  ]);
  return {
    entries: rows.map((r) => ({ ...r, id: r.id.toString(), occurredAt: r.occurredAt.toISOString(), occurredAtJst: formatJst(r.occurredAt) })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/** The entity types that occur in the reader's prefecture's log (for the filter's choices). */
export async function listAuditEntityTypes(actor: Actor): Promise<string[]> {
  const reader = await assertAuditReader(actor, "audit.list");
  const rows = await db().auditEntry.findMany({ where: visibleAuditEntries(reader), distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}

export interface AuditExport {
  fileName: string;
  body: string;
  count: number;
}

/**
 * Everything the filter matches as CSV (UTF-8 with BOM), newest first. The export is audited
 * ("audit.exported", with the filter and the row count) before the file is handed out.
 */
export async function exportAuditEntries(actor: Actor, filter: AuditFilter, meta: { ipAddress?: string | null } = {}): Promise<AuditExport> {
  const reader = await assertAuditReader(actor, "audit.exported");
  const where = whereOf(reader, filter);
  const count = await db().auditEntry.count({ where });
  if (count > AUDIT_EXPORT_MAX) throw new ValidationError(m.tooManyToExport(AUDIT_EXPORT_MAX));
  const rows = await db().auditEntry.findMany({ where, orderBy: NEWEST_FIRST, take: AUDIT_EXPORT_MAX, select: { ...select, data: true } });
  await db().$transaction((tx) =>
    recordAudit(tx, reader, {
      prefectureId: reader.prefectureId,
      action: "audit.exported",
      entityType: "audit_entry",
      entityId: null,
      summary: m.exported(rows.length),
      data: { filter: JSON.parse(JSON.stringify(filter)), count: rows.length },
      ipAddress: meta.ipAddress ?? null,
    }),
  );
  const stamp = formatJst(new Date()).replace(/[-:]/g, "").replace(" ", "-").slice(0, 13);
  return { fileName: `audit-log-${stamp}.csv`, body: auditCsv(rows), count: rows.length };
}
