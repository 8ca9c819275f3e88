// Documents as files (ADR 0025), served only to those who may see the application: 本庁 of its
// prefecture and the applicant organisation's members. Notices are the workbook issued; the 計画書
// and 明細書 are filled now. Anyone else gets 404 (audited), as if the application did not exist.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous, refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { visibleApplications } from "@/lib/applications/policy";
import { buildFormDocument } from "./documents/issue";
import { reviewMessages as m } from "./messages";
import { TemplateKindSchema } from "./schema";
import { TEMPLATE_KIND_LABELS } from "./labels";
import { loadReviewTarget } from "./target";

export interface DocumentFile {
  fileName: string;
  displayName: string;
  content: Uint8Array;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function downloadApplicationDocument(actor: Actor, applicationId: string, rawKind: string): Promise<DocumentFile> {
  const target = { action: "document.download", entityType: "subsidy_application", entityId: applicationId };
  if (actor.kind === "public") return refuseAnonymous(actor, target);
  const kind = TemplateKindSchema.safeParse(rawKind);
  const app = UUID.test(applicationId) && kind.success
    ? await db().subsidyApplication.findFirst({ where: { AND: [{ id: applicationId }, visibleApplications(actor)] }, select: { id: true, prefectureId: true } })
    : null;
  if (!app || !kind.success) return refuseNotFound(actor, target, m.applicationNotFound);
  const displayName = `${TEMPLATE_KIND_LABELS[kind.data].replace(/\s/g, "")}.xlsx`;
  const fileName = `${kind.data.toLowerCase()}-${app.id.slice(0, 8)}.xlsx`;
  if (kind.data === "DECISION_NOTICE" || kind.data === "CONFIRMATION_NOTICE") {
    const doc = await db().issuedDocument.findUnique({ where: { applicationId_kind: { applicationId: app.id, kind: kind.data } }, select: { content: true, documentNumber: true } });
    if (!doc) throw new NotFoundError(m.documentNotIssued);
    return { fileName, displayName: `${doc.documentNumber}_${displayName}`, content: doc.content };
  }
  const content = await db().$transaction(async (tx) => {
    const t = await loadReviewTarget(tx, actor, app.id, "document.download", app.prefectureId);
    return buildFormDocument(tx, t, kind.data as "PLAN" | "STATEMENT");
  });
  return { fileName, displayName, content };
}
