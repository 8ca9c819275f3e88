// Changes to the good-practice library by 本庁, each in one transaction with its audit row: add a
// case, or edit one (every field, its budgets and tags) with optimistic concurrency on version.
// Seeded cases are edited like any other; the seed never overwrites them (ADR 0027).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { goodPracticeMessages as m } from "./messages";
import { assertCanEditGoodPractices } from "./policy";
import { GoodPracticeFieldsSchema, UpdateGoodPracticeSchema, type GoodPracticeFields } from "./schema";

function parseOrThrow<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fieldErrors[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
  throw new ValidationError("入力内容を確認してください。", fieldErrors);
}

function columns(f: GoodPracticeFields) {
  return {
    title: f.title,
    subjectPrefectureCode: f.subjectPrefectureCode,
    themeArea: f.themeArea ?? null,
    theme: f.theme ?? null,
    leader: f.leader ?? null,
    background: f.background ?? null,
    purpose: f.purpose ?? null,
    features: f.features ?? null,
    results: f.results ?? null,
    issues: f.issues ?? null,
    proposals: f.proposals ?? null,
    budgetNote: f.budgetNote ?? null,
  };
}

async function replaceChildren(tx: Prisma.TransactionClient, id: number, f: GoodPracticeFields) {
  await tx.goodPracticeBudget.deleteMany({ where: { goodPracticeId: id } });
  await tx.goodPracticeTag.deleteMany({ where: { goodPracticeId: id } });
  if (f.budgets.length) {
    await tx.goodPracticeBudget.createMany({
      data: f.budgets.map((b) => ({ goodPracticeId: id, fiscalYear: b.fiscalYear, item: b.item, amountYen: b.amountYen, note: b.note ?? null })),
    });
  }
  if (f.tags.length) await tx.goodPracticeTag.createMany({ data: [...new Set(f.tags)].map((tag) => ({ goodPracticeId: id, tag })) });
}

/** Adds a case to the library (本庁). */
export async function createGoodPractice(actor: Actor, raw: unknown): Promise<{ id: number }> {
  const prefectureId = await assertCanEditGoodPractices(actor, "good_practice.create");
  const fields = parseOrThrow(GoodPracticeFieldsSchema.safeParse(raw));
  return db().$transaction(async (tx) => {
    const row = await tx.goodPractice.create({ data: { prefectureId, ...columns(fields) } });
    await replaceChildren(tx, row.id, fields);
    await recordAudit(tx, actor, {
      prefectureId,
      action: "good_practice.created",
      entityType: "good_practice",
      entityId: String(row.id),
      summary: m.created(fields.title),
      data: { after: fields } as Prisma.InputJsonValue,
    });
    return { id: row.id };
  });
}

/** Edits a case (本庁); ConflictError when someone saved it since expectedVersion. */
export async function updateGoodPractice(actor: Actor, id: number, raw: unknown): Promise<{ version: number }> {
  const prefectureId = await assertCanEditGoodPractices(actor, "good_practice.update", String(id));
  const { expectedVersion, fields } = parseOrThrow(UpdateGoodPracticeSchema.safeParse(raw));
  return db().$transaction(async (tx) => {
    const before = await tx.goodPractice.findFirst({
      where: { id, prefectureId },
      include: { budgets: { orderBy: [{ fiscalYear: "asc" }, { id: "asc" }] }, tags: true },
    });
    if (!before) throw new NotFoundError();
    const updated = await tx.goodPractice.updateMany({
      where: { id, prefectureId, version: expectedVersion },
      data: { ...columns(fields), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError(m.conflict);
    await replaceChildren(tx, id, fields);
    const { budgets, tags, createdAt: _created, updatedAt: _updated, ...rest } = before;
    await recordAudit(tx, actor, {
      prefectureId,
      action: "good_practice.updated",
      entityType: "good_practice",
      entityId: String(id),
      summary: m.updated(fields.title),
      data: {
        before: { ...rest, budgets: budgets.map(({ fiscalYear, item, amountYen, note }) => ({ fiscalYear, item, amountYen, note })), tags: tags.map((t) => t.tag) },
        after: fields,
      } as Prisma.InputJsonValue,
    });
    return { version: expectedVersion + 1 };
  });
}
