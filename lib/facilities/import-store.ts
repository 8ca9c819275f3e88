// The database half of a facility list import, shared by the portal (lib/facilities/imports.ts,
// which checks the actor first) and the demo seed: stage a parsed list, then commit the staged
// rows as a snapshot in one transaction. No authorization here — callers decide who may.
import type { Db } from "@/lib/db-client";
import { dateOnly, isoDate } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/mutations";
import { createAddressMatcher } from "./address-match";
import { importMessages as m, statusLabels } from "./messages";
import type { OfficialList } from "./official-list";

type Tx = Prisma.TransactionClient;

/** The prefecture's municipalities and wards as an address matcher. */
export async function loadAddressMatcher(db: Db | Tx, prefectureId: number, prefectureName: string) {
  const rows = await db.municipality.findMany({
    where: { prefectureId },
    select: { id: true, code: true, name: true, kind: true, district: true },
  });
  return createAddressMatcher(rows, prefectureName);
}

/** Writes the parsed list as the import's staging rows and moves it to 確認待ち. */
export async function stageList(db: Db, importId: string, list: OfficialList, match: (address: string | null) => number | null) {
  await db.$transaction(async (tx) => {
    await tx.facilityImportRow.deleteMany({ where: { importId } });
    await tx.facilityImportRow.createMany({
      data: list.facilities.map((f) => ({
        importId,
        prefectureCode: f.prefectureCode,
        category: f.category,
        institutionNumber: f.institutionNumber,
        sourceRow: f.sourceRow,
        name: f.name,
        postalCode: f.postalCode,
        address: f.address,
        phone: f.phone,
        bedsText: f.bedsText,
        kind: f.kind,
        supportType: f.support?.type ?? null,
        supportSince: f.support?.since ? dateOnly(f.support.since) : null,
        supportTie: f.supportTie,
        supportNote: f.supportNote,
        municipalityId: match(f.address),
      })),
    });
    await tx.facilityImport.update({
      where: { id: importId },
      data: {
        status: "PREVIEW",
        title: list.title,
        asOf: dateOnly(list.asOf),
        rowCount: list.rowCount,
        facilityCount: list.facilities.length,
        rowsRead: list.rowCount,
        percent: 100,
        version: { increment: 1 },
      },
    });
  }, { timeout: 60_000 }); // ~3,000 rows: Prisma's default 5 s is too tight on a busy server.
}

export interface CommitResult {
  snapshotId: number;
  /** False when the same file had been committed before: nothing changed. */
  created: boolean;
  asOf: string;
}

/**
 * Commits a staged import as a snapshot, all or nothing: facilities are inserted or refreshed
 * (refreshed only from the newest list), the snapshot and its 在支診・在支病 written, a snapshot
 * of the same 現在 date replaced, staging rows dropped. Committing the same file again, or the
 * same import twice, changes nothing and answers the existing snapshot.
 */
export async function commitStaged(
  tx: Tx,
  importId: string,
  actor: AuditActor,
  options: { expectedVersion?: number; ipAddress?: string | null } = {},
): Promise<CommitResult> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM facility_import WHERE id = ${importId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new ValidationError(m.notFound);
  const job = await tx.facilityImport.findUniqueOrThrow({ where: { id: importId }, include: { prefecture: true } });
  const userId = actor.kind === "user" || actor.kind === "identified" ? actor.userId : null;

  if (job.status === "COMMITTED" && job.snapshotId !== null) {
    return { snapshotId: job.snapshotId, created: false, asOf: isoDate(job.asOf!) };
  }
  if (job.status !== "PREVIEW" || job.asOf === null) throw new ValidationError(m.notPreview(statusLabels[job.status]));
  if (options.expectedVersion !== undefined && options.expectedVersion !== job.version) throw new ValidationError(m.conflict);

  const finish = (snapshotId: number) =>
    tx.facilityImport.update({
      where: { id: importId },
      data: { status: "COMMITTED", snapshotId, finishedAt: new Date(), finishedById: userId, version: { increment: 1 } },
    });

  const same = await tx.facilitySnapshot.findUnique({ where: { prefectureId_sha256: { prefectureId: job.prefectureId, sha256: job.sha256 } } });
  if (same) {
    await finish(same.id);
    await tx.facilityImportRow.deleteMany({ where: { importId } });
    return { snapshotId: same.id, created: false, asOf: isoDate(same.asOf) };
  }

  const unassigned = await tx.facilityImportRow.findMany({
    where: { importId, supportType: { not: null }, municipalityId: null },
    select: { name: true },
    orderBy: { sourceRow: "asc" },
  });
  if (unassigned.length > 0) throw new ValidationError(m.unassigned(unassigned.length, unassigned[0].name));

  const replaced = await tx.facilitySnapshot.findUnique({ where: { prefectureId_asOf: { prefectureId: job.prefectureId, asOf: job.asOf } } });
  if (replaced) await tx.facilitySnapshot.delete({ where: { id: replaced.id } });
  const newer = await tx.facilitySnapshot.count({ where: { prefectureId: job.prefectureId, asOf: { gt: job.asOf } } });

  // Facility details follow the newest list only; an older list adds facilities it alone knows.
  await tx.$executeRaw`
    INSERT INTO facility (prefecture_id, prefecture_code, category, institution_number, name, kind,
                          postal_code, address, phone, beds_text, municipality_id, updated_at)
    SELECT ${job.prefectureId}, r.prefecture_code, r.category, r.institution_number, r.name, r.kind,
           r.postal_code, r.address, r.phone, r.beds_text, r.municipality_id, now()
      FROM facility_import_row r
     WHERE r.import_id = ${importId}::uuid
    ON CONFLICT (prefecture_code, category, institution_number) DO UPDATE
       SET name = EXCLUDED.name, kind = EXCLUDED.kind, postal_code = EXCLUDED.postal_code,
           address = EXCLUDED.address, phone = EXCLUDED.phone, beds_text = EXCLUDED.beds_text,
           municipality_id = EXCLUDED.municipality_id, updated_at = now()
     WHERE ${newer === 0}`;

  const snapshot = await tx.facilitySnapshot.create({
    data: {
      prefectureId: job.prefectureId,
      asOf: job.asOf,
      title: job.title ?? "",
      fileName: job.fileName,
      sizeBytes: job.sizeBytes,
      sha256: job.sha256,
      rowCount: job.rowCount ?? 0,
      facilityCount: job.facilityCount ?? 0,
      createdById: userId,
    },
  });
  const entries = await tx.$executeRaw`
    INSERT INTO facility_snapshot_entry (snapshot_id, facility_id, kind, support_type, support_since, municipality_id)
    SELECT ${snapshot.id}, f.id, r.kind, r.support_type, r.support_since, r.municipality_id
      FROM facility_import_row r
      JOIN facility f ON f.prefecture_code = r.prefecture_code AND f.category = r.category
                     AND f.institution_number = r.institution_number
     WHERE r.import_id = ${importId}::uuid AND r.support_type IS NOT NULL`;
  await finish(snapshot.id);
  await tx.facilityImportRow.deleteMany({ where: { importId } });

  const asOfLabel = formatWarekiDate(job.asOf);
  await recordAudit(tx, actor, {
    prefectureId: job.prefectureId,
    action: "facility_snapshot.imported",
    entityType: "facility_snapshot",
    entityId: String(snapshot.id),
    summary: `医療機関名簿（${asOfLabel}現在、${job.fileName}）を取り込みました（在支診・在支病 ${entries} 件）`,
    data: {
      importId,
      asOf: isoDate(job.asOf),
      fileName: job.fileName,
      sha256: job.sha256,
      supportFacilities: entries,
      replaced: replaced ? { snapshotId: replaced.id, fileName: replaced.fileName, sha256: replaced.sha256 } : null,
    },
    ipAddress: options.ipAddress ?? null,
  });
  return { snapshotId: snapshot.id, created: true, asOf: isoDate(job.asOf) };
}
