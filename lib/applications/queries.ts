// Reads of applications, scoped by the policy: an applicant its organisation's, 本庁 its
// prefecture's. Returns DTOs the pages show (dates as ISO strings, money in integer yen).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseAnonymous } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates/date-only";
import { isApplicant, isOffice, refuseUnknownApplication, visibleApplications } from "./policy";
import { readDraftContent, type DraftContent } from "./schema";
import { transitionsFrom, type ApplicationStatus, type ApplicationTransition } from "./workflow";

export interface ApplicationSummary {
  id: string;
  title: string;
  status: ApplicationStatus;
  organisationName: string;
  callTitle: string;
  menuName: string;
  fiscalYear: number;
  requestedYen: number | null;
  decidedAmountYen: number | null;
  confirmedAmountYen: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
}

const summarySelect = {
  id: true, title: true, status: true, requestedYen: true, decidedAmountYen: true, confirmedAmountYen: true, submittedAt: true, updatedAt: true,
  organisation: { select: { name: true } },
  call: { select: { title: true, fiscalYear: true, menu: { select: { name: true } } } },
} as const;

type SummaryRow = { id: string; title: string; status: string; requestedYen: number | null; decidedAmountYen: number | null; confirmedAmountYen: number | null; submittedAt: Date | null; updatedAt: Date; organisation: { name: string }; call: { title: string; fiscalYear: number; menu: { name: string } } };
const summary = (r: SummaryRow): ApplicationSummary => ({
  id: r.id, title: r.title, status: r.status as ApplicationStatus, organisationName: r.organisation.name, callTitle: r.call.title, menuName: r.call.menu.name, fiscalYear: r.call.fiscalYear,
  requestedYen: r.requestedYen, decidedAmountYen: r.decidedAmountYen, confirmedAmountYen: r.confirmedAmountYen, submittedAt: r.submittedAt, updatedAt: r.updatedAt,
});

/** The applicant's applications, or 本庁's (all of the prefecture, drafts excluded). */
export async function listApplications(actor: Actor, options: { status?: ApplicationStatus } = {}): Promise<ApplicationSummary[]> {
  if (actor.kind === "public") await refuseAnonymous(actor, { action: "subsidy_application.list", entityType: "subsidy_application" });
  const office = isOffice(actor) || actor.kind === "system";
  const rows = await db().subsidyApplication.findMany({
    where: { AND: [visibleApplications(actor), office ? { status: { not: "DRAFT" } } : {}, options.status ? { status: options.status } : {}] },
    select: summarySelect,
    orderBy: { updatedAt: "desc" },
    take: 500,
  });
  return rows.map(summary);
}

export interface ApplicationView extends ApplicationSummary {
  organisationId: number;
  callId: number;
  menuCode: string;
  callDeadline: Date;
  callExtendedUntil: Date | null;
  version: number;
  formVersion: number;
  content: DraftContent;
  pendingChange: { reason: string; content: DraftContent } | null;
  items: { itemCode: string; quantity: number | null; costYen: number; actualCostYen: number | null }[];
  totalProjectCostYen: number;
  otherIncomeYen: number;
  actualTotalCostYen: number | null;
  actualOtherIncomeYen: number | null;
  decidedRate: { numerator: number; denominator: number } | null;
  decisionComment: string | null;
  decidedAt: Date | null;
  confirmedAt: Date | null;
  events: { id: number; kind: string; fromStatus: string | null; toStatus: string | null; comment: string | null; actorLabel: string; occurredAt: Date; data: unknown }[];
  attachments: { id: string; fileName: string; sizeBytes: number; purpose: string }[];
  /** What the viewer may do next (the page offers one action each). */
  actions: ApplicationTransition[];
  editable: boolean;
  /** The applicant may add files now (plan while editable, receipts while decided). */
  canAttach: boolean;
}

export async function getApplication(actor: Actor, id: string): Promise<ApplicationView> {
  const uuid = /^[0-9a-f-]{36}$/i.test(id);
  const row = uuid
    ? await db().subsidyApplication.findFirst({
        where: { AND: [{ id }, visibleApplications(actor)] },
        include: {
          organisation: { select: { name: true } },
          call: { select: { title: true, fiscalYear: true, deadline: true, extendedUntil: true, menu: { select: { name: true, code: true } } } },
          items: { orderBy: { sortOrder: "asc" } },
          events: { orderBy: { id: "asc" } },
          attachments: { include: { attachment: { select: { id: true, fileName: true, sizeBytes: true } } } },
        },
      })
    : null;
  if (!row || (isOffice(actor) && row.status === "DRAFT")) return refuseUnknownApplication(actor, "subsidy_application.read", id);
  const status = row.status as ApplicationStatus;
  const side = isApplicant(actor) ? "applicant" : "office";
  const pending = row.pendingChange as { reason?: string; content?: unknown } | null;
  return {
    ...summary(row),
    organisationId: row.organisationId,
    callId: row.callId,
    menuCode: row.call.menu.code,
    callDeadline: row.call.deadline,
    callExtendedUntil: row.call.extendedUntil,
    version: row.version,
    formVersion: row.formVersion,
    content: readDraftContent(row.formVersion, row.content),
    pendingChange: pending ? { reason: pending.reason ?? "", content: readDraftContent(row.formVersion, pending.content) } : null,
    items: row.items.map((i) => ({ itemCode: i.itemCode, quantity: i.quantity, costYen: i.costYen, actualCostYen: i.actualCostYen })),
    totalProjectCostYen: row.totalProjectCostYen,
    otherIncomeYen: row.otherIncomeYen,
    actualTotalCostYen: row.actualTotalCostYen,
    actualOtherIncomeYen: row.actualOtherIncomeYen,
    decidedRate: row.decidedRateNumerator && row.decidedRateDenominator ? { numerator: row.decidedRateNumerator, denominator: row.decidedRateDenominator } : null,
    decisionComment: row.decisionComment,
    decidedAt: row.decidedAt,
    confirmedAt: row.confirmedAt,
    events: row.events.map((e) => ({ id: e.id, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, comment: e.comment, actorLabel: e.actorLabel, occurredAt: e.occurredAt, data: e.data })),
    attachments: row.attachments.map((a) => ({ id: a.attachment.id, fileName: a.attachment.fileName, sizeBytes: a.attachment.sizeBytes, purpose: a.purpose })),
    actions: transitionsFrom(status, side),
    editable: side === "applicant" && (status === "DRAFT" || status === "RETURNED"),
    canAttach: side === "applicant" && (status === "DRAFT" || status === "RETURNED" || status === "DECIDED"),
  };
}

export interface NotificationView {
  id: string;
  title: string;
  body: string;
  href: string | null;
  createdAt: Date;
  read: boolean;
}

/** The latest in-app notices for the actor's side (its organisation, or 本庁). */
export async function listNotifications(actor: Actor, take = 20): Promise<NotificationView[]> {
  if (actor.kind !== "user") return [];
  const where = isApplicant(actor) ? { prefectureId: actor.prefectureId, recipientOrganisationId: actor.organisationId } : isOffice(actor) ? { prefectureId: actor.prefectureId, recipientOrganisationId: null } : null;
  if (!where) return [];
  const rows = await db().notification.findMany({ where, orderBy: { createdAt: "desc" }, take });
  return rows.map((n) => ({ id: n.id, title: n.title, body: n.body, href: n.href, createdAt: n.createdAt, read: n.readAt !== null }));
}

export { isoDate };
