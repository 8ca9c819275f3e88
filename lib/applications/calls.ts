// Calls (募集): 本庁 opens a call for a menu × 年度, extends its deadline or closes it; applicants
// see the calls open today.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { dateOnly, isoDate, todayInJapan } from "@/lib/dates/date-only";
import { formatWarekiDateTime } from "@/lib/dates/wareki";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { applicationMessages as m } from "./messages";
import { parseInput } from "./mutations";
import { assertCallManager, visibleCalls } from "./policy";
import { CloseCallSchema, ExtendCallSchema, OpenCallSchema, type CloseCallInput, type ExtendCallInput, type OpenCallInput } from "./schema";

export interface CallView {
  id: number;
  menuId: number;
  menuCode: string;
  menuName: string;
  fiscalYear: number;
  title: string;
  note: string | null;
  opensOn: string;
  deadline: Date;
  extendedUntil: Date | null;
  state: "OPEN" | "CLOSED";
  /** Accepting submissions now (open state, opened, before the deadline or its extension). */
  acceptingNow: boolean;
  version: number;
  applicationCount: number;
}

const select = {
  id: true, menuId: true, fiscalYear: true, title: true, note: true, opensOn: true, deadline: true, extendedUntil: true, state: true, version: true,
  menu: { select: { code: true, name: true } },
  _count: { select: { applications: true } },
} as const;

type Row = { id: number; menuId: number; fiscalYear: number; title: string; note: string | null; opensOn: Date; deadline: Date; extendedUntil: Date | null; state: "OPEN" | "CLOSED"; version: number; menu: { code: string; name: string }; _count: { applications: number } };

export function acceptingNow(call: { state: string; opensOn: Date; deadline: Date; extendedUntil: Date | null }, now = new Date()): boolean {
  return call.state === "OPEN" && isoDate(call.opensOn) <= todayInJapan(now) && now <= (call.extendedUntil ?? call.deadline);
}

const view = (r: Row): CallView => ({
  id: r.id, menuId: r.menuId, menuCode: r.menu.code, menuName: r.menu.name, fiscalYear: r.fiscalYear, title: r.title, note: r.note,
  opensOn: isoDate(r.opensOn), deadline: r.deadline, extendedUntil: r.extendedUntil, state: r.state, acceptingNow: acceptingNow(r), version: r.version, applicationCount: r._count.applications,
});

/** Every call of the prefecture (本庁's management page). */
export async function listCalls(actor: Actor): Promise<CallView[]> {
  await assertCallManager(actor, "subsidy_call.list");
  const rows = await db().subsidyCall.findMany({ where: visibleCalls(actor), select, orderBy: [{ fiscalYear: "desc" }, { deadline: "desc" }] });
  return rows.map(view);
}

/** The calls accepting applications now (any signed-in member sees them). */
export async function listOpenCalls(actor: Actor): Promise<CallView[]> {
  const rows = await db().subsidyCall.findMany({ where: { AND: [visibleCalls(actor), { state: "OPEN" }] }, select, orderBy: { deadline: "asc" } });
  return rows.map(view).filter((c) => c.acceptingNow);
}

export async function openCall(actor: Actor, raw: OpenCallInput): Promise<{ id: number }> {
  const office = await assertCallManager(actor, "subsidy_call.open");
  const input = parseInput(OpenCallSchema, raw);
  if (input.deadline <= dateOnly(input.opensOn)) throw new ValidationError(m.deadlineBeforeOpen, { deadline: [m.deadlineBeforeOpen] });
  const prefectureId = office.kind === "user" ? office.prefectureId : (await db().prefecture.findFirstOrThrow({ select: { id: true } })).id;
  const menu = await db().subsidyMenu.findFirst({ where: { code: input.menuCode, prefectureId }, select: { id: true, name: true } });
  if (!menu) throw new NotFoundError(m.callNotFound);
  return db().$transaction(async (tx) => {
    const call = await tx.subsidyCall.create({
      data: { prefectureId, menuId: menu.id, fiscalYear: input.fiscalYear, title: input.title, note: input.note || null, opensOn: dateOnly(input.opensOn), deadline: input.deadline, createdById: actorUserId(actor) },
      select: { id: true },
    });
    await recordAudit(tx, actor, { prefectureId, action: "subsidy_call.open", entityType: "subsidy_call", entityId: String(call.id), summary: `募集「${input.title}」（${menu.name}）を開始しました（締切 ${formatWarekiDateTime(input.deadline)}）` });
    return call;
  });
}

async function changeCall(actor: Actor, action: string, callId: number, expectedVersion: number, change: (c: { deadline: Date; state: string }) => { data: { extendedUntil?: Date; state?: "OPEN" | "CLOSED" }; summary: string }) {
  await assertCallManager(actor, action, String(callId));
  return db().$transaction(async (tx) => {
    const call = await tx.subsidyCall.findFirst({ where: { AND: [{ id: callId }, visibleCalls(actor)] }, select: { id: true, prefectureId: true, title: true, deadline: true, state: true, version: true } });
    if (!call) throw new NotFoundError(m.callNotFound);
    if (call.version !== expectedVersion) throw new ConflictError(m.callConflict);
    const { data, summary } = change(call);
    const updated = await tx.subsidyCall.updateMany({ where: { id: call.id, version: call.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(m.callConflict);
    await recordAudit(tx, actor, { prefectureId: call.prefectureId, action, entityType: "subsidy_call", entityId: String(call.id), summary: `募集「${call.title}」${summary}` });
    return { id: call.id, version: call.version + 1 };
  });
}

/** 締切の延長: later than the deadline; reopens a closed call. */
export async function extendCall(actor: Actor, raw: ExtendCallInput) {
  await assertCallManager(actor, "subsidy_call.extend");
  const input = parseInput(ExtendCallSchema, raw);
  return changeCall(actor, "subsidy_call.extend", input.callId, input.expectedVersion, (c) => {
    if (input.extendedUntil <= c.deadline) throw new ValidationError(m.extensionNotLater, { extendedUntil: [m.extensionNotLater] });
    return { data: { extendedUntil: input.extendedUntil, state: "OPEN" }, summary: `の締切を${formatWarekiDateTime(input.extendedUntil)}まで延長しました` };
  });
}

export async function closeCall(actor: Actor, raw: CloseCallInput) {
  await assertCallManager(actor, "subsidy_call.close");
  const input = parseInput(CloseCallSchema, raw);
  return changeCall(actor, "subsidy_call.close", input.callId, input.expectedVersion, () => ({ data: { state: "CLOSED" }, summary: "を締め切りました" }));
}
