// Document templates (ADR 0025): the workbook a kind is filled into — the one 本庁 uploaded, or the
// default built by code. An upload must be an .xlsx of at most 2 MB carrying every required named
// cell (lib/reviews/documents/names.ts); it replaces the previous upload of the kind.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TEMPLATE_CELLS, requiredNames } from "./documents/names";
import { buildDefaultTemplate, checkTemplate } from "./documents/workbook";
import { reviewMessages as m } from "./messages";
import { assertReviewAbility } from "./policy";
import { TEMPLATE_KINDS, TemplateKindSchema, type TemplateKind } from "./schema";

export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** The template workbook in force for a kind. */
export async function templateOf(client: Client, prefectureId: number, kind: TemplateKind): Promise<Uint8Array> {
  const row = await client.documentTemplate.findUnique({ where: { prefectureId_kind: { prefectureId, kind } }, select: { content: true } });
  return row ? row.content : buildDefaultTemplate(kind);
}

export interface TemplateView {
  kind: TemplateKind;
  title: string;
  requiredNames: string[];
  uploaded: { fileName: string; sizeBytes: number; uploadedAt: Date; uploadedBy: string } | null;
}

export async function listTemplates(actor: Actor): Promise<TemplateView[]> {
  const a = await assertReviewAbility(actor, "review", "document_template.read");
  const rows = await db().documentTemplate.findMany({
    where: { prefectureId: a.prefectureId },
    select: { kind: true, fileName: true, sizeBytes: true, uploadedAt: true, uploadedBy: { select: { displayName: true } } },
  });
  return TEMPLATE_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return {
      kind,
      title: TEMPLATE_CELLS[kind].title,
      requiredNames: requiredNames(kind),
      uploaded: row ? { fileName: row.fileName, sizeBytes: row.sizeBytes, uploadedAt: row.uploadedAt, uploadedBy: row.uploadedBy.displayName } : null,
    };
  });
}

/** The template workbook of a kind, for 本庁 to download and adapt. */
export async function downloadTemplate(actor: Actor, rawKind: unknown): Promise<{ fileName: string; content: Uint8Array }> {
  const a = await assertReviewAbility(actor, "review", "document_template.download");
  const parsed = TemplateKindSchema.safeParse(rawKind);
  if (!parsed.success) throw new ValidationError(m.templateKindInvalid, { kind: [m.templateKindInvalid] });
  const kind = parsed.data;
  return { fileName: `${TEMPLATE_CELLS[kind].title.replace(/\s/g, "")}.xlsx`, content: await templateOf(db(), a.prefectureId, kind) };
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function uploadTemplate(actor: Actor, input: { kind: unknown; fileName: string; content: Uint8Array }): Promise<TemplateView> {
  const a = await assertReviewAbility(actor, "configure", "document_template.upload");
  const kind = TemplateKindSchema.safeParse(input.kind);
  if (!kind.success) throw new ValidationError(m.templateKindInvalid, { kind: [m.templateKindInvalid] });
  const fail = (msg: string): never => {
    throw new ValidationError(msg, { file: [msg] });
  };
  if (input.content.length > MAX_TEMPLATE_BYTES) fail(m.templateTooLarge);
  if (!isZip(input.content) || !/\.xlsx$/i.test(input.fileName)) fail(m.templateNotXlsx);
  const check = await checkTemplate(input.content, kind.data);
  if (!check.ok) fail(check.reason === "missing" ? m.templateMissingNames(check.missing.join("、")) : m.templateUnreadable);
  const fileName = input.fileName.slice(-120);
  const content = new Uint8Array(input.content);
  await db().$transaction(async (tx) => {
    const row = await tx.documentTemplate.upsert({
      where: { prefectureId_kind: { prefectureId: a.prefectureId, kind: kind.data } },
      create: { prefectureId: a.prefectureId, kind: kind.data, fileName, content, sizeBytes: content.length, uploadedById: a.userId },
      update: { fileName, content, sizeBytes: content.length, uploadedById: a.userId, uploadedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      prefectureId: a.prefectureId,
      action: "document_template.upload",
      entityType: "document_template",
      entityId: String(row.id),
      summary: `様式「${TEMPLATE_CELLS[kind.data].title}」を登録しました（${fileName}）`,
      data: { kind: kind.data, fileName, sizeBytes: content.length },
    });
  });
  const views = await listTemplates(actor);
  return views.find((v) => v.kind === kind.data)!;
}
