// Importing an organisation list (CSV or xlsx): a preview of what would be created and updated,
// with every row error named; confirming applies all rows in one transaction, or nothing — a file
// with any bad row cannot be confirmed.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { csvText } from "@/lib/http/csv";
import { readImportFile, type UploadedFile } from "./import-file";
import { importMessages as im } from "./import-messages";
import { IMPORT_COLUMNS, planImport, type RowError } from "./import-plan";
import { organisationMessages as m, organisationTypeLabels } from "./messages";
import { assertRegistryKeeper, assertRegistryReader } from "./policy";
import { organisationData } from "./store";

export interface ImportPreview {
  fileName: string;
  rows: { row: number; action: "create" | "update" | "unchanged"; name: string; typeLabel: string; corporateNumber: string | null; municipalityCode: string | null }[];
  errors: RowError[];
  counts: { create: number; update: number; unchanged: number };
  fingerprint: string;
}

export async function previewOrganisationImport(actor: Actor, file: UploadedFile | null): Promise<ImportPreview> {
  const keeper = await assertRegistryKeeper(actor, "organisation.import_preview");
  const raw = await readImportFile(file);
  const plan = await db().$transaction((tx) => planImport(tx, keeper.prefectureId, raw));
  const count = (a: string) => plan.rows.filter((r) => r.action === a).length;
  return {
    fileName: file!.name,
    rows: plan.rows.map((r) => ({
      row: r.row,
      action: r.action,
      name: r.input.name,
      typeLabel: organisationTypeLabels[r.input.type],
      corporateNumber: r.input.corporateNumber ?? null,
      municipalityCode: r.input.municipalityCode ?? null,
    })),
    errors: plan.errors,
    counts: { create: count("create"), update: count("update"), unchanged: count("unchanged") },
    fingerprint: plan.fingerprint,
  };
}

/** Applies the whole file, or nothing: any row error refuses it, naming the rows. */
export async function commitOrganisationImport(actor: Actor, file: UploadedFile | null, options: { expectedFingerprint?: string } = {}) {
  const keeper = await assertRegistryKeeper(actor, "organisation.import");
  const raw = await readImportFile(file);
  return db().$transaction(async (tx) => {
    const plan = await planImport(tx, keeper.prefectureId, raw);
    if (plan.errors.length) {
      const named = plan.errors.map((e) => im.rowError(e.row, e.column, e.message));
      throw new ValidationError(im.hasErrors(plan.errors.length, named[0]), { file: named });
    }
    if (options.expectedFingerprint && options.expectedFingerprint !== plan.fingerprint) throw new ConflictError(im.changed);
    const done = { created: [] as number[], updated: [] as number[] };
    for (const r of plan.rows) {
      if (r.action === "unchanged") continue;
      const data = await organisationData(tx, keeper.prefectureId, r.input);
      const id =
        r.action === "create"
          ? (await tx.organisation.create({ data: { prefectureId: keeper.prefectureId, ...data }, select: { id: true } })).id
          : (await tx.organisation.update({ where: { id: r.organisationId! }, data: { ...data, version: { increment: 1 } }, select: { id: true } })).id;
      (r.action === "create" ? done.created : done.updated).push(id);
      await recordAudit(tx, keeper, {
        prefectureId: keeper.prefectureId,
        action: r.action === "create" ? "organisation.created" : "organisation.updated",
        entityType: "organisation",
        entityId: String(id),
        summary: r.action === "create" ? m.audit.created(r.input.name) : m.audit.updated(r.input.name),
        data: { via: "import", fileName: file!.name, row: r.row, ...r.input },
      });
    }
    await recordAudit(tx, keeper, {
      prefectureId: keeper.prefectureId,
      action: "organisation.imported",
      entityType: "organisation",
      entityId: null,
      summary: m.audit.imported(done.created.length, done.updated.length),
      data: { fileName: file!.name, ...done },
    });
    return { created: done.created.length, updated: done.updated.length };
  });
}

/** The template CSV: the header line only (UTF-8 with BOM, as Excel expects), so no example row is imported by mistake. */
export async function organisationImportTemplate(actor: Actor): Promise<{ fileName: string; displayName: string; body: string }> {
  await assertRegistryReader(actor, "organisation.import_template");
  const body = csvText(
    IMPORT_COLUMNS.map((c) => c.header),
    [],
  );
  return { fileName: "organisations-template.csv", displayName: "団体一覧テンプレート.csv", body };
}
