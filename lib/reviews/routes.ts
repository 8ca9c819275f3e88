// 決裁ルート (決裁の設定): reading and saving the steps per prefecture and purpose (ADR 0025). With no
// route saved, one step — any 本庁管理者 — applies, so a decision always passes at least one approval.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewMessages as m } from "./messages";
import { assertReviewAbility } from "./policy";
import { ApprovalStepsSchema, SaveApprovalRouteSchema, type ApprovalPurpose, type ApprovalStep, type SaveApprovalRouteInput } from "./schema";

export const DEFAULT_STEPS: ApprovalStep[] = [{ label: "本庁管理者", roles: ["PREFECTURE_ADMIN"], userIds: [] }];

export interface ApprovalRouteView {
  purpose: ApprovalPurpose;
  steps: ApprovalStep[];
  version: number;
  isDefault: boolean;
}

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** The route in force (the default when none is saved); used by 決裁 inside its transaction. */
export async function routeOf(client: Client, prefectureId: number, purpose: ApprovalPurpose): Promise<ApprovalRouteView> {
  const row = await client.approvalRoute.findUnique({ where: { prefectureId_purpose: { prefectureId, purpose } } });
  if (!row) return { purpose, steps: DEFAULT_STEPS, version: 0, isDefault: true };
  return { purpose, steps: ApprovalStepsSchema.parse(row.steps), version: row.version, isDefault: false };
}

export async function getApprovalRoutes(actor: Actor): Promise<ApprovalRouteView[]> {
  const a = await assertReviewAbility(actor, "review", "approval_route.read");
  return Promise.all((["DECISION", "CONFIRMATION"] as const).map((p) => routeOf(db(), a.prefectureId, p)));
}

/** 本庁 users who may be named in a step (for the settings form). */
export async function listApproverCandidates(actor: Actor): Promise<{ userId: string; displayName: string; role: string }[]> {
  const a = await assertReviewAbility(actor, "configure", "approval_route.read");
  const rows = await db().membership.findMany({
    where: { prefectureId: a.prefectureId, role: { in: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"] }, user: { disabledAt: null } },
    select: { role: true, user: { select: { id: true, displayName: true } } },
    orderBy: { user: { displayName: "asc" } },
  });
  return rows.map((r) => ({ userId: r.user.id, displayName: r.user.displayName, role: r.role }));
}

export async function saveApprovalRoute(actor: Actor, raw: SaveApprovalRouteInput): Promise<ApprovalRouteView> {
  const a = await assertReviewAbility(actor, "configure", "approval_route.save");
  const parsed = SaveApprovalRouteSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const { purpose, steps, version } = parsed.data;
  return db().$transaction(async (tx) => {
    const named = [...new Set(steps.flatMap((s) => s.userIds))];
    if (named.length) {
      const found = await tx.membership.count({ where: { prefectureId: a.prefectureId, userId: { in: named }, role: { in: ["PREFECTURE_ADMIN", "PREFECTURE_STAFF"] } } });
      if (found !== named.length) throw new ValidationError(m.stepUserUnknown, { steps: [m.stepUserUnknown] });
    }
    const current = await tx.approvalRoute.findUnique({ where: { prefectureId_purpose: { prefectureId: a.prefectureId, purpose } } });
    if ((current?.version ?? 0) !== (version ?? current?.version ?? 0)) throw new ConflictError(m.chainStale);
    const json = steps as unknown as Prisma.InputJsonValue;
    const row = current
      ? await tx.approvalRoute.update({ where: { id: current.id, version: current.version }, data: { steps: json, version: { increment: 1 } } })
      : await tx.approvalRoute.create({ data: { prefectureId: a.prefectureId, purpose, steps: json } });
    await recordAudit(tx, actor, {
      prefectureId: a.prefectureId,
      action: "approval_route.save",
      entityType: "approval_route",
      entityId: String(row.id),
      summary: `決裁の設定（${purpose === "DECISION" ? "交付決定" : "確定"}）を${steps.map((s) => s.label).join("→")}にしました`,
      data: { purpose, steps: json },
    });
    return { purpose, steps, version: row.version, isDefault: false };
  });
}
