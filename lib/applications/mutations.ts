// The applicant's drafts: creating one for a call (idempotent by the form's key) and saving it
// (autosave; optimistic concurrency on `version`, the form keeps what was typed on a conflict).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { todayInJapan, isoDate, dateOnly } from "@/lib/dates/date-only";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { SubsidyApplicantType } from "@/lib/generated/prisma/enums";
import { loadVisible } from "./access";
import { calculateForCall, calculationInputOf } from "./calc";
import { applicationMessages as m, applicationStatusLabels } from "./messages";
import { assertApplicant, visibleCalls } from "./policy";
import { CreateApplicationSchema, CURRENT_FORM_VERSION, DraftContentV1Schema, SaveDraftSchema, type CreateApplicationInput, type DraftContent, type SaveDraftInput } from "./schema";
import { isEditable, type ApplicationStatus } from "./workflow";

const APPLICANT_TYPES = new Set<string>(Object.values(SubsidyApplicantType));

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  return parsed.data;
}
export { parse as parseInput };

/** The columns a draft's content fixes (requestedYen from the shared calculation, or null). */
export async function columnsOf(actor: Actor, call: { fiscalYear: number; menu: { code: string } }, content: DraftContent) {
  const input = calculationInputOf(content);
  const { result } = await calculateForCall(actor, call, input);
  return {
    title: content.title || "（無題の申請）",
    outline: content.outline,
    periodFrom: content.periodFrom ? dateOnly(content.periodFrom) : null,
    periodTo: content.periodTo ? dateOnly(content.periodTo) : null,
    applicantType: content.applicantType && APPLICANT_TYPES.has(content.applicantType) ? (content.applicantType as SubsidyApplicantType) : null,
    quantity: content.quantity ?? null,
    totalProjectCostYen: input.totalProjectCostYen ?? 0,
    otherIncomeYen: input.otherIncomeYen ?? 0,
    requestedYen: result.ok ? result.subsidyYen : null,
    formVersion: CURRENT_FORM_VERSION,
    content: content as unknown as Prisma.InputJsonValue,
  };
}

export function itemRowsOf(content: DraftContent) {
  const seen = new Set<string>();
  return content.items.flatMap((i, n) => {
    if (!i.itemCode || i.costYen === undefined || seen.has(i.itemCode)) return [];
    seen.add(i.itemCode);
    return [{ itemCode: i.itemCode, quantity: i.quantity ?? null, costYen: i.costYen, note: i.note ?? null, sortOrder: n }];
  });
}

const isUniqueViolation = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/**
 * A new draft for an open call. The key comes from the new-application form: a double click, a
 * replayed request or a second tab with the same form answers with the same application.
 */
export async function createApplication(actor: Actor, raw: CreateApplicationInput): Promise<{ id: string; replayed: boolean }> {
  const applicant = await assertApplicant(actor, "subsidy_application.create");
  const input = parse(CreateApplicationSchema, raw);
  const existing = await db().subsidyApplication.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, organisationId: true } });
  if (existing) {
    if (existing.organisationId !== applicant.organisationId) throw new ConflictError(m.duplicateKey);
    return { id: existing.id, replayed: true };
  }
  const call = await db().subsidyCall.findFirst({ where: { AND: [{ id: input.callId }, visibleCalls(actor)] }, select: { id: true, prefectureId: true, state: true, opensOn: true, deadline: true, extendedUntil: true, fiscalYear: true, menu: { select: { code: true } } } });
  if (!call) throw new NotFoundError(m.callNotFound);
  if (call.state !== "OPEN" || isoDate(call.opensOn) > todayInJapan() || new Date() > (call.extendedUntil ?? call.deadline)) throw new ValidationError(m.callNotOpen);
  const content = input.content ?? DraftContentV1Schema.parse({});
  const columns = await columnsOf(actor, call, content);
  try {
    return await db().$transaction(async (tx) => {
      const app = await tx.subsidyApplication.create({
        data: {
          ...columns,
          prefectureId: call.prefectureId,
          callId: call.id,
          organisationId: applicant.organisationId,
          idempotencyKey: input.idempotencyKey,
          createdById: actorUserId(actor),
          items: { create: itemRowsOf(content) },
        },
        select: { id: true },
      });
      await tx.applicationEvent.create({ data: { applicationId: app.id, kind: "created", toStatus: "DRAFT", actorUserId: applicant.userId, actorLabel: applicant.displayName } });
      await recordAudit(tx, actor, { prefectureId: call.prefectureId, action: "subsidy_application.create", entityType: "subsidy_application", entityId: app.id, summary: `補助金申請「${columns.title}」の下書きを作成しました` });
      return { id: app.id, replayed: false };
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // The same key won a race in another request: answer with that application.
    const winner = await db().subsidyApplication.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, organisationId: true } });
    if (!winner || winner.organisationId !== applicant.organisationId) throw new ConflictError(m.duplicateKey);
    return { id: winner.id, replayed: true };
  }
}

/** Saves the form (autosave or the 保存 button). Only drafts and returned applications change. */
export async function saveApplicationDraft(actor: Actor, raw: SaveDraftInput): Promise<{ version: number; requestedYen: number | null }> {
  await assertApplicant(actor, "subsidy_application.save");
  const input = parse(SaveDraftSchema, raw);
  return db().$transaction(async (tx) => {
    const app = await loadVisible(tx, actor, input.applicationId, "subsidy_application.save");
    if (app.version !== input.expectedVersion) throw new ConflictError(m.conflict);
    if (!isEditable(app.status as ApplicationStatus)) throw new ConflictError(m.notEditable(applicationStatusLabels[app.status as ApplicationStatus]));
    const columns = await columnsOf(actor, app.call, input.content);
    const updated = await tx.subsidyApplication.updateMany({ where: { id: app.id, version: app.version }, data: { ...columns, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    await tx.subsidyApplicationItem.deleteMany({ where: { applicationId: app.id } });
    await tx.subsidyApplicationItem.createMany({ data: itemRowsOf(input.content).map((i) => ({ ...i, applicationId: app.id })) });
    await recordAudit(tx, actor, { prefectureId: app.prefectureId, action: "subsidy_application.save", entityType: "subsidy_application", entityId: app.id, summary: `補助金申請「${columns.title}」を保存しました` });
    return { version: app.version + 1, requestedYen: columns.requestedYen };
  });
}
