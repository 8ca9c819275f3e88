// Importing the 地方厚生局 「届出受理医療機関名簿」: 本庁 uploads the xlsx, the portal reads it in the
// background into a job row the page polls, shows a preview (counts by region; facilities new,
// withdrawn or changed type since the previous snapshot; addresses no municipality matched), and
// commits on confirmation, all or nothing.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { dateOnly, isoDate } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { FacilityImportStatus } from "@/lib/generated/prisma/client";
import { validOn } from "@/lib/validity";
import { addToCounts, emptyCounts, type TypeCounts } from "./counts";
import { commitStaged, loadAddressMatcher, stageList, type CommitResult } from "./import-store";
import { importMessages as m, listMessages, statusLabels } from "./messages";
import { ListFormatError, parseOfficialList, sniffNonXlsx } from "./official-list";
import { assertCanImportFacilities } from "./policy";

/** Largest file accepted (FACILITY_IMPORT_MAX_BYTES, default 20 MiB; the real list is ~3 MB). */
export function maxImportBytes(): number {
  const configured = Number(process.env.FACILITY_IMPORT_MAX_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 20 * 1024 * 1024;
}

/** A parse whose heartbeat is older than this was interrupted (restart, crash). */
const STALE_AFTER_MS = 2 * 60 * 1000;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Checks what can be checked at once, and creates the job row (読み込み中). */
export async function startFacilityImport(actor: Actor, file: UploadedFile | null): Promise<{ id: string }> {
  const prefectureId = await assertCanImportFacilities(actor, "facility_import.start");
  if (!file || (file.bytes.length === 0 && file.name === "")) throw new ValidationError(listMessages.noFile, { file: [listMessages.noFile] });
  const fail = (message: string): never => {
    throw new ValidationError(message, { file: [message] });
  };
  if (file.bytes.length > maxImportBytes()) fail(listMessages.tooLarge(maxImportBytes()));
  const sniffed = sniffNonXlsx(file.bytes);
  if (sniffed) fail(sniffed);
  if (!/\.xlsx$/i.test(file.name)) fail(listMessages.badFileName);
  const job = await db().facilityImport.create({
    data: {
      prefectureId,
      fileName: file.name.slice(0, 255),
      sizeBytes: file.bytes.length,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      createdById: actor.kind === "user" ? actor.userId : null,
    },
    select: { id: true },
  });
  return job;
}

/**
 * Reads the file into the job's staging rows. Runs after the upload has been answered (the page
 * polls the job); never throws — a failure is written to the job row in Japanese.
 */
export async function runFacilityImport(importId: string, bytes: Uint8Array): Promise<void> {
  const client = db();
  try {
    const job = await client.facilityImport.findUniqueOrThrow({ where: { id: importId }, include: { prefecture: true } });
    const prefecture = { code: job.prefecture.code, name: job.prefecture.name };
    let lastWrite = 0;
    const list = await parseOfficialList(bytes, {
      prefecture,
      onProgress: async (p) => {
        const now = Date.now();
        if (now - lastWrite < 250) return;
        lastWrite = now;
        await client.facilityImport.update({ where: { id: importId }, data: { rowsRead: p.rowsRead, percent: p.percent } });
      },
    });
    const match = await loadAddressMatcher(client, job.prefectureId, prefecture.name);
    await stageList(client, importId, list, match);
  } catch (err) {
    const message = err instanceof ListFormatError ? err.message : m.failedGeneric;
    if (!(err instanceof ListFormatError)) console.error("[facility-import] failed:", err);
    await client.facilityImport
      .update({ where: { id: importId }, data: { status: "FAILED", error: message, finishedAt: new Date(), version: { increment: 1 } } })
      .catch((e) => console.error("[facility-import] could not record the failure:", e));
  }
}

/** Upload and read in one call (the JSON API, scripts): answers the job as the preview shows it. */
export async function importFacilityList(actor: Actor, file: UploadedFile | null): Promise<FacilityImportView> {
  const { id } = await startFacilityImport(actor, file);
  await runFacilityImport(id, file!.bytes);
  return getFacilityImport(actor, id);
}

export interface ImportedFacilityRef {
  institutionNumber: string;
  name: string;
  address: string | null;
  kind: "HOSPITAL" | "CLINIC";
  /** Support type in this list (null: not a 在支診・在支病 any more). */
  supportType: number | null;
  /** Support type in the previous snapshot. */
  previousType: number | null;
  municipality: string | null;
}

export interface RegionCount {
  code: string;
  name: string;
  clinics: TypeCounts;
  hospitals: TypeCounts;
}


export interface FacilityImportPreview {
  byRegion: RegionCount[];
  totals: { clinics: TypeCounts; hospitals: TypeCounts };
  previous: { asOf: string; fileName: string } | null;
  added: ImportedFacilityRef[];
  withdrawn: ImportedFacilityRef[];
  changed: ImportedFacilityRef[];
  /** 在支診・在支病 whose address matched no municipality; assigned ones carry the choice. */
  unmatched: (ImportedFacilityRef & { assignedCode: string | null })[];
  /** Listed under two support types from the same date (the lower number was taken). */
  ties: (ImportedFacilityRef & { note: string | null })[];
  /** Same file committed before: confirming changes nothing. */
  duplicateOf: { asOf: string; fileName: string; importedAt: string } | null;
  /** A snapshot of the same 現在 date that confirming replaces. */
  replaces: { asOf: string; fileName: string } | null;
}

export interface FacilityImportView {
  id: string;
  status: FacilityImportStatus;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  rowsRead: number;
  percent: number;
  title: string | null;
  asOf: string | null;
  rowCount: number | null;
  facilityCount: number | null;
  error: string | null;
  createdAt: string;
  createdBy: string | null;
  finishedAt: string | null;
  version: number;
  snapshot: { id: number; asOf: string } | null;
  preview: FacilityImportPreview | null;
}

async function loadJob(actor: Actor, importId: string, action: string) {
  const prefectureId = await assertCanImportFacilities(actor, action, importId);
  const isUuid = /^[0-9a-f-]{36}$/i.test(importId);
  const job = isUuid
    ? await db().facilityImport.findFirst({
        where: { id: importId, prefectureId },
        include: { createdBy: { select: { displayName: true } }, snapshot: { select: { id: true, asOf: true } } },
      })
    : null;
  if (!job) throw new NotFoundError(m.notFound);
  if (job.status === "PARSING" && Date.now() - job.updatedAt.getTime() > STALE_AFTER_MS) {
    return db().facilityImport.update({
      where: { id: job.id },
      data: { status: "FAILED", error: m.interrupted, finishedAt: new Date(), version: { increment: 1 } },
      include: { createdBy: { select: { displayName: true } }, snapshot: { select: { id: true, asOf: true } } },
    });
  }
  return job;
}

/** The job as the import page shows it, with the preview while it awaits confirmation. */
export async function getFacilityImport(actor: Actor, importId: string): Promise<FacilityImportView> {
  const job = await loadJob(actor, importId, "facility_import.read");
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    sizeBytes: job.sizeBytes,
    sha256: job.sha256,
    rowsRead: job.rowsRead,
    percent: job.percent,
    title: job.title,
    asOf: job.asOf ? isoDate(job.asOf) : null,
    rowCount: job.rowCount,
    facilityCount: job.facilityCount,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    createdBy: job.createdBy?.displayName ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    version: job.version,
    snapshot: job.snapshot ? { id: job.snapshot.id, asOf: isoDate(job.snapshot.asOf) } : null,
    preview: job.status === "PREVIEW" && job.asOf ? await buildPreview(job.id, job.prefectureId, job.asOf, job.sha256) : null,
  };
}


async function buildPreview(importId: string, prefectureId: number, asOf: Date, sha256: string): Promise<FacilityImportPreview> {
  const client = db();
  const [rows, previous, duplicate, replaced, regions] = await Promise.all([
    client.facilityImportRow.findMany({
      where: { importId },
      orderBy: { sourceRow: "asc" },
      select: {
        institutionNumber: true,
        category: true,
        name: true,
        address: true,
        kind: true,
        supportType: true,
        supportTie: true,
        supportNote: true,
        municipalityAssigned: true,
        municipality: { select: { id: true, code: true, name: true } },
      },
    }),
    client.facilitySnapshot.findFirst({ where: { prefectureId, asOf: { lt: asOf } }, orderBy: { asOf: "desc" } }),
    client.facilitySnapshot.findUnique({ where: { prefectureId_sha256: { prefectureId, sha256 } } }),
    client.facilitySnapshot.findUnique({ where: { prefectureId_asOf: { prefectureId, asOf } } }),
    client.homeCareRegion.findMany({
      where: { prefectureId, ...validOn(asOf) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, name: true, members: { where: validOn(asOf), select: { municipalityId: true } } },
    }),
  ]);
  const regionOf = new Map<number, number>();
  regions.forEach((r, i) => r.members.forEach((mb) => regionOf.set(mb.municipalityId, i)));
  const byRegion: RegionCount[] = regions.map((r) => ({ code: r.code, name: r.name, clinics: emptyCounts(), hospitals: emptyCounts() }));
  const totals = { clinics: emptyCounts(), hospitals: emptyCounts() };

  const previousEntries = previous
    ? await client.facilitySnapshotEntry.findMany({
        where: { snapshotId: previous.id },
        select: { supportType: true, kind: true, facility: { select: { institutionNumber: true, category: true, name: true, address: true } }, municipality: { select: { name: true } } },
      })
    : [];
  const before = new Map(previousEntries.map((e) => [`${e.facility.category}:${e.facility.institutionNumber}`, e]));

  const added: ImportedFacilityRef[] = [];
  const changed: ImportedFacilityRef[] = [];
  const unmatched: FacilityImportPreview["unmatched"] = [];
  const ties: FacilityImportPreview["ties"] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.category}:${row.institutionNumber}`;
    seen.add(key);
    if (row.supportType === null) continue;
    const ref: ImportedFacilityRef = {
      institutionNumber: row.institutionNumber,
      name: row.name,
      address: row.address,
      kind: row.kind,
      supportType: row.supportType,
      previousType: before.get(key)?.supportType ?? null,
      municipality: row.municipality?.name ?? null,
    };
    const target = row.kind === "CLINIC" ? totals.clinics : totals.hospitals;
    addToCounts(target, row.supportType);
    const regionIndex = row.municipality ? regionOf.get(row.municipality.id) : undefined;
    if (regionIndex !== undefined) addToCounts(row.kind === "CLINIC" ? byRegion[regionIndex].clinics : byRegion[regionIndex].hospitals, row.supportType);
    if (row.municipality === null || row.municipalityAssigned) unmatched.push({ ...ref, assignedCode: row.municipalityAssigned ? (row.municipality?.code ?? null) : null });
    if (row.supportTie) ties.push({ ...ref, note: row.supportNote });
    const prior = before.get(key);
    if (previous && !prior) added.push(ref);
    else if (prior && (prior.supportType !== row.supportType || prior.kind !== row.kind)) changed.push(ref);
  }
  const current = new Set(rows.filter((r) => r.supportType !== null).map((r) => `${r.category}:${r.institutionNumber}`));
  const withdrawn: ImportedFacilityRef[] = previousEntries
    .filter((e) => !current.has(`${e.facility.category}:${e.facility.institutionNumber}`))
    .map((e) => ({
      institutionNumber: e.facility.institutionNumber,
      name: e.facility.name,
      address: e.facility.address,
      kind: e.kind,
      supportType: null,
      previousType: e.supportType,
      municipality: e.municipality.name,
    }));
  return {
    byRegion,
    totals,
    previous: previous ? { asOf: isoDate(previous.asOf), fileName: previous.fileName } : null,
    added,
    withdrawn,
    changed,
    unmatched,
    ties,
    duplicateOf: duplicate ? { asOf: isoDate(duplicate.asOf), fileName: duplicate.fileName, importedAt: duplicate.createdAt.toISOString() } : null,
    replaces: replaced && !duplicate ? { asOf: isoDate(replaced.asOf), fileName: replaced.fileName } : null,
  };
}

/** 本庁 assigns a municipality (or ward) to facilities whose address matched none. */
export async function assignImportMunicipalities(
  actor: Actor,
  importId: string,
  input: { expectedVersion: number; assignments: { institutionNumber: string; municipalityCode: string }[] },
): Promise<void> {
  const job = await loadJob(actor, importId, "facility_import.assign");
  if (job.status !== "PREVIEW") throw new ValidationError(m.notPreview(statusLabels[job.status]));
  if (job.version !== input.expectedVersion) throw new ConflictError(m.conflict);
  const codes = [...new Set(input.assignments.map((a) => a.municipalityCode).filter(Boolean))];
  const municipalities = await db().municipality.findMany({
    where: { prefectureId: job.prefectureId, code: { in: codes }, kind: { not: "DESIGNATED_CITY" } },
    select: { id: true, code: true, name: true },
  });
  const byCode = new Map(municipalities.map((x) => [x.code, x]));
  const fieldErrors: Record<string, string[]> = {};
  for (const a of input.assignments) {
    if (a.municipalityCode && !byCode.has(a.municipalityCode)) fieldErrors[`assign.${a.institutionNumber}`] = [m.unknownMunicipality(a.municipalityCode)];
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(Object.values(fieldErrors)[0][0], fieldErrors);

  await db().$transaction(async (tx) => {
    const bumped = await tx.facilityImport.updateMany({ where: { id: job.id, version: input.expectedVersion, status: "PREVIEW" }, data: { version: { increment: 1 } } });
    if (bumped.count !== 1) throw new ConflictError(m.conflict);
    for (const a of input.assignments) {
      const target = a.municipalityCode ? byCode.get(a.municipalityCode)! : null;
      const updated = await tx.facilityImportRow.updateMany({
        where: { importId: job.id, institutionNumber: a.institutionNumber, OR: [{ municipalityId: null }, { municipalityAssigned: true }] },
        data: { municipalityId: target?.id ?? null, municipalityAssigned: target !== null },
      });
      if (updated.count === 0) throw new ValidationError(m.unknownFacility(a.institutionNumber), { [`assign.${a.institutionNumber}`]: [m.unknownFacility(a.institutionNumber)] });
    }
    await recordAudit(tx, actor, {
      prefectureId: job.prefectureId,
      action: "facility_import.assigned",
      entityType: "facility_import",
      entityId: job.id,
      summary: `医療機関名簿の取込み（${job.fileName}）で市町村を割り当てました（${input.assignments.length} 件）`,
      data: { assignments: input.assignments },
    });
  });
}

/** Confirms the preview: the snapshot is written, all or nothing. */
export async function commitFacilityImport(
  actor: Actor,
  importId: string,
  options: { expectedVersion?: number; ipAddress?: string | null } = {},
): Promise<CommitResult> {
  await loadJob(actor, importId, "facility_import.commit");
  try {
    return await db().$transaction((tx) => commitStaged(tx, importId, actor, options), { timeout: 60_000 });
  } catch (err) {
    if (err instanceof ValidationError && err.message === m.conflict) throw new ConflictError(m.conflict);
    // Another list of the same 現在 date was committed at the same moment (its snapshot took the
    // unique date), or the two deadlocked: this commit was rolled back and wrote nothing.
    const code = err instanceof Error && "code" in err ? (err as { code: unknown }).code : undefined;
    if (code === "P2002" || code === "P2034") throw new ConflictError(m.conflict);
    throw err;
  }
}

/** Discards a preview (or a failed import): nothing is written. */
export async function discardFacilityImport(actor: Actor, importId: string): Promise<void> {
  const job = await loadJob(actor, importId, "facility_import.discard");
  if (job.status !== "PREVIEW" && job.status !== "FAILED") throw new ValidationError(m.notPreview(statusLabels[job.status]));
  await db().$transaction(async (tx) => {
    await tx.facilityImport.update({
      where: { id: job.id },
      data: { status: "DISCARDED", finishedAt: new Date(), finishedById: actor.kind === "user" ? actor.userId : null, version: { increment: 1 } },
    });
    await tx.facilityImportRow.deleteMany({ where: { importId: job.id } });
    await recordAudit(tx, actor, {
      prefectureId: job.prefectureId,
      action: "facility_import.discarded",
      entityType: "facility_import",
      entityId: job.id,
      summary: `医療機関名簿の取込み（${job.fileName}）を取り消しました`,
    });
  });
}

export interface FacilityImportSummary {
  id: string;
  status: FacilityImportStatus;
  fileName: string;
  asOf: string | null;
  createdAt: string;
  createdBy: string | null;
  facilityCount: number | null;
  error: string | null;
}

/** The latest imports, newest first, for the import page. */
export async function listFacilityImports(actor: Actor, limit = 30): Promise<FacilityImportSummary[]> {
  const prefectureId = await assertCanImportFacilities(actor, "facility_import.list");
  const rows = await db().facilityImport.findMany({
    where: { prefectureId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { createdBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status === "PARSING" && Date.now() - r.updatedAt.getTime() > STALE_AFTER_MS ? "FAILED" : r.status,
    fileName: r.fileName,
    asOf: r.asOf ? isoDate(r.asOf) : null,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy?.displayName ?? null,
    facilityCount: r.facilityCount,
    error: r.status === "PARSING" && Date.now() - r.updatedAt.getTime() > STALE_AFTER_MS ? m.interrupted : r.error,
  }));
}

/**
 * For a committed import, whether it wrote its snapshot; false when the same file had been
 * committed before (the import points at that earlier snapshot and changed nothing). Null for an
 * import that is not committed.
 */
export async function didImportCreateSnapshot(actor: Actor, importId: string): Promise<boolean | null> {
  const job = await loadJob(actor, importId, "facility_import.read");
  if (job.status !== "COMMITTED" || job.snapshotId === null) return null;
  const first = await db().facilityImport.findFirst({
    where: { snapshotId: job.snapshotId, status: "COMMITTED" },
    orderBy: [{ finishedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return first?.id === job.id;
}

/** 「令和7年10月1日」 for an ISO date. */
export function warekiOf(iso: string): string {
  return formatWarekiDate(dateOnly(iso));
}
