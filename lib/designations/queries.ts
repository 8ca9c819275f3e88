// Reads of designations as DTOs, scoped by the policy: the public list (designated only), the
// internal list with filters, one designation with its history and files, and a region's.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDate, todayInJapan } from "@/lib/dates/date-only";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { refuseNotFound } from "@/lib/audit/refusals";
import { findLoaded, ledByActor, seesInternalOfLoaded, visibleTo } from "./access";
import { designationMessages as m } from "./messages";
import { canActOnDesignation, designationReadScope, publishedWhere, seesInternal } from "./policy";
import { DesignationFilterSchema, type DesignationFilter, type DesignationStatus, type DesignationType } from "./schema";
import { transitionsFrom, type Transition } from "./workflow";

export interface DesignationSummary {
  id: number;
  type: DesignationType;
  status: DesignationStatus;
  organisation: { id: number; name: string; isSample: boolean };
  /** The regions it covers now (or, once ended, when it ended). */
  regions: { code: string; name: string }[];
  designatedOn: string | null;
  periodEndsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  noticeNumber: string | null;
  isSample: boolean;
  /** Internal only: the proposing 保健所. */
  proposedBy: string | null;
  version: number;
}

export const summarySelect = {
  id: true,
  type: true,
  status: true,
  designatedOn: true,
  periodEndsOn: true,
  endedOn: true,
  endReason: true,
  noticeNumber: true,
  isSample: true,
  version: true,
  organisation: { select: { id: true, name: true, isSample: true } },
  proposedBy: { select: { name: true } },
  regions: { orderBy: { id: "asc" }, select: { validTo: true, region: { select: { code: true, name: true, sortOrder: true } } } },
} satisfies Prisma.DesignationSelect;

type SummaryRow = Prisma.DesignationGetPayload<{ select: typeof summarySelect }>;

function day(d: Date | null): string | null {
  return d ? isoDate(d) : null;
}

export function toSummary(r: SummaryRow, internal: boolean, today = todayInJapan()): DesignationSummary {
  const now = r.regions.filter((x) => x.validTo === null || isoDate(x.validTo) > today);
  const lastEnd = r.regions.reduce<string | null>((acc, x) => (x.validTo && (!acc || isoDate(x.validTo) > acc) ? isoDate(x.validTo) : acc), null);
  const shown = now.length > 0 ? now : r.regions.filter((x) => x.validTo && isoDate(x.validTo) === lastEnd);
  const regions = [...new Map(shown.map((x) => [x.region.code, x.region])).values()].sort((a, b) => a.sortOrder - b.sortOrder).map(({ code, name }) => ({ code, name }));
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    organisation: r.organisation,
    regions,
    designatedOn: day(r.designatedOn),
    periodEndsOn: day(r.periodEndsOn),
    endedOn: day(r.endedOn),
    endReason: r.endReason,
    noticeNumber: r.noticeNumber,
    isSample: r.isSample,
    proposedBy: internal ? (r.proposedBy?.name ?? null) : null,
    version: r.version,
  };
}

async function prefectureOf(actor: Actor): Promise<number> {
  return actor.kind === "user" ? actor.prefectureId : (await requirePortalPrefecture()).id;
}

function filterWhere(filter: DesignationFilter): Prisma.DesignationWhereInput {
  return {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.region ? { regions: { some: { region: { code: filter.region } } } } : {}),
  };
}

/** Designations the actor may read (the public: designated, revoked or expired only). */
export async function listDesignations(actor: Actor, rawFilter: Partial<DesignationFilter> = {}): Promise<DesignationSummary[]> {
  const filter = DesignationFilterSchema.parse(rawFilter);
  const prefectureId = await prefectureOf(actor);
  const today = todayInJapan();
  const rows = await db().designation.findMany({
    where: { AND: [designationReadScope(actor, prefectureId, today), filterWhere(filter)] },
    select: summarySelect,
    orderBy: [{ designatedOn: { sort: "desc", nulls: "first" } }, { id: "desc" }],
  });
  return rows.map((r) => toSummary(r, seesInternal(actor), today));
}

/** The published designations, whoever asks (the public page and the API). */
export async function listPublishedDesignations(_actor: Actor, rawFilter: Partial<DesignationFilter> = {}): Promise<DesignationSummary[]> {
  const filter = DesignationFilterSchema.parse(rawFilter);
  const prefecture = await requirePortalPrefecture();
  const rows = await db().designation.findMany({
    where: { AND: [{ prefectureId: prefecture.id }, publishedWhere, filterWhere(filter)] },
    select: summarySelect,
    orderBy: [{ designatedOn: "desc" }, { id: "desc" }],
  });
  return rows.map((r) => toSummary(r, false));
}

export interface DesignationEventView {
  id: number;
  kind: string;
  effectiveOn: string | null;
  reason: string | null;
  data: unknown;
  actorLabel: string;
  occurredAt: string;
}

export interface DesignationDetail extends DesignationSummary {
  consultationStartedOn: string | null;
  events: DesignationEventView[];
  attachments: { id: string; fileName: string; sizeBytes: number; createdAt: string }[];
  /** What the actor may do next (the page offers these forms). */
  can: { transitions: Transition[]; note: boolean; attach: boolean };
}

/** One designation with its history and files, for the internal detail page. */
export async function getDesignation(actor: Actor, designationId: number): Promise<DesignationDetail> {
  if (!Number.isInteger(designationId) || designationId <= 0) throw new NotFoundError(m.notFound);
  const loaded = await seesInternalOfLoaded(actor, designationId);
  const r = await db().designation.findUniqueOrThrow({
    where: { id: loaded.id },
    select: {
      ...summarySelect,
      consultationStartedOn: true,
      events: { orderBy: { occurredAt: "asc" }, select: { id: true, kind: true, effectiveOn: true, reason: true, data: true, actorLabel: true, occurredAt: true } },
      attachments: { select: { attachment: { select: { id: true, fileName: true, sizeBytes: true, createdAt: true } } } },
    },
  });
  const scope = { prefectureId: loaded.prefectureId, ledByActor: ledByActor(actor, loaded, "every") };
  const transitions = transitionsFrom(r.status).filter((t) => canActOnDesignation(actor, t === "start_coordination" ? "start_coordination" : t, scope));
  return {
    ...toSummary(r, true),
    consultationStartedOn: day(r.consultationStartedOn),
    events: r.events.map((e) => ({ ...e, effectiveOn: day(e.effectiveOn), occurredAt: e.occurredAt.toISOString() })),
    attachments: r.attachments.map(({ attachment: a }) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    can: { transitions, note: canActOnDesignation(actor, "note", scope), attach: canActOnDesignation(actor, "attach", scope) },
  };
}

/** A published designation for anyone, or any designation the actor may see (the API's one-item read). */
export async function getVisibleDesignation(actor: Actor, designationId: number): Promise<DesignationSummary> {
  const d = Number.isInteger(designationId) && designationId > 0 ? await findLoaded(designationId) : null;
  if (!d) throw new NotFoundError(m.notFound);
  if (!visibleTo(actor, d)) await refuseNotFound(actor, { action: "designation.read", entityType: "designation", entityId: String(designationId), prefectureId: d.prefectureId }, m.notFound);
  const row = await db().designation.findUniqueOrThrow({ where: { id: designationId }, select: summarySelect });
  return toSummary(row, seesInternal(actor));
}
