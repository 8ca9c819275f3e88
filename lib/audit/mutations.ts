// Audit entries are written in the same transaction as the change they record.
import type { Actor } from "@/lib/auth/actor";
import { actorLabel, actorUserId } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  prefectureId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  data?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, input: AuditInput) {
  await tx.auditEntry.create({
    data: {
      prefectureId: input.prefectureId,
      actorUserId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      summary: input.summary,
      data: input.data,
    },
  });
}
