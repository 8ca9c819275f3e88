// Writing reports: creating one (optionally from last year's), autosaved drafts with optimistic
// concurrency. The review transitions live in review.ts. Every change writes an audit row in its
// transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { refuseAnonymous, refuseForbidden } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { dateOnly, todayInJapan } from "@/lib/dates/date-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWriteRegion, scopeOfActor } from "@/lib/health-centers/scope";
import { validOn } from "@/lib/validity";
import { loadReport, recordReportEvent, updateVersioned } from "./access";
import { emptyContentV1, ReportContentV1Schema, type ReportContentV1 } from "./form-v1";
import { reportMessages as m, reportStatusLabels } from "./messages";
import { CreateReportSchema, CURRENT_FORM_VERSION, ReportContentSchema, SaveDraftSchema, type CreateReportInput, type SaveDraftInput } from "./schema";
import { isEditable } from "./workflow";

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}

/** The content a report starts with: last year's (same form version) with this year's municipalities, or empty. */
function startingContent(municipalities: { code: string; name: string }[], previous: unknown): ReportContentV1 {
  const fresh = emptyContentV1(municipalities);
  const prev = ReportContentV1Schema.safeParse(previous);
  if (!prev.success) return fresh;
  const byCode = new Map(prev.data.municipalities.map((x) => [x.code, x]));
  return { ...prev.data, municipalities: fresh.municipalities.map((x) => ({ ...x, items: byCode.get(x.code)?.items ?? x.items })) };
}

export async function createReport(actor: Actor, prefectureId: number, raw: CreateReportInput): Promise<{ id: number }> {
  const target = { action: "status_report.create", entityType: "status_report", prefectureId };
  if (actor.kind === "public") await refuseAnonymous(actor, target);
  const input = parse(CreateReportSchema, raw);
  const today = todayInJapan();
  const region = await db().homeCareRegion.findFirst({
    where: { prefectureId, code: input.regionCode, ...validOn(dateOnly(today)) },
    select: { id: true, code: true, name: true, members: { where: validOn(dateOnly(today)), orderBy: { municipality: { code: "asc" } }, select: { municipality: { select: { code: true, name: true } } } } },
  });
  if (!region) throw new ValidationError(m.regionUnknown, { regionCode: [m.regionUnknown] });
  const scope = await scopeOfActor(actor, today);
  const allowed = actor.kind === "system" || (actor.kind === "user" && actor.prefectureId === prefectureId && actor.role === "HEALTH_CENTER" && canWriteRegion(scope, region.id));
  if (!allowed) await refuseForbidden(actor, { ...target, entityType: "home_care_region", entityId: region.code }, m.forbiddenCreate);
  const previous = input.copyFromPrevious
    ? await db().statusReport.findUnique({ where: { regionId_fiscalYear: { regionId: region.id, fiscalYear: input.fiscalYear - 1 } }, select: { content: true } })
    : null;
  const content = startingContent(region.members.map((x) => x.municipality), previous?.content);
  return db().$transaction(async (tx) => {
    const exists = await tx.statusReport.findUnique({ where: { regionId_fiscalYear: { regionId: region.id, fiscalYear: input.fiscalYear } }, select: { id: true } });
    if (exists) throw new ConflictError(m.exists);
    const r = await tx.statusReport.create({
      data: { prefectureId, regionId: region.id, fiscalYear: input.fiscalYear, formVersion: CURRENT_FORM_VERSION, content: content as Prisma.InputJsonValue },
    });
    await recordReportEvent(tx, actor, r.id, { kind: "created", version: 1, data: { copiedFromPrevious: previous !== null } });
    await recordAudit(tx, actor, {
      prefectureId,
      action: "status_report.create",
      entityType: "status_report",
      entityId: String(r.id),
      summary: `${region.name}の${formatFiscalYear(input.fiscalYear)}の状況報告を作成しました${previous ? "（前年度の報告から複写）" : ""}`,
    });
    return { id: r.id };
  });
}

/** Saves a draft (autosave). A stale `expectedVersion` is refused with ConflictError; the caller shows both texts. */
export async function saveReportDraft(actor: Actor, raw: SaveDraftInput): Promise<{ version: number }> {
  const input = parse(SaveDraftSchema, raw);
  const { report } = await loadReport(actor, input.reportId, "write");
  if (!isEditable(report.status)) throw new ConflictError(report.status === "APPROVED" ? m.locked : m.notEditable(reportStatusLabels[report.status]));
  const content = parse(ReportContentSchema, input.content);
  if (content.formVersion !== report.formVersion) throw new ValidationError(m.contentInvalid);
  return db().$transaction(async (tx) => {
    const version = await updateVersioned(tx, report.id, input.expectedVersion, { content: content as Prisma.InputJsonValue });
    await recordAudit(tx, actor, {
      prefectureId: report.prefectureId,
      action: "status_report.save",
      entityType: "status_report",
      entityId: String(report.id),
      summary: `${report.region.name}の${formatFiscalYear(report.fiscalYear)}の状況報告を保存しました（版${version}）`,
    });
    return { version };
  });
}
