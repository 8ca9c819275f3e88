// Audit entries are written in the same transaction as the change they record.
import type { Actor } from "@/lib/auth/actor";
import { actorClientAddress, actorLabel, actorUserId } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  prefectureId: number | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  data?: Prisma.InputJsonValue;
  /** Defaults to the actor's client address (lib/http/client-address.ts). */
  ipAddress?: string | null;
}

/** Who to record: an actor, or a user identified before their session exists (sign-in). */
export type AuditActor = Actor | { kind: "identified"; userId: string; displayName: string };

export async function recordAudit(tx: Prisma.TransactionClient, actor: AuditActor, input: AuditInput) {
  const identified = actor.kind === "identified";
  await tx.auditEntry.create({
    data: {
      prefectureId: input.prefectureId,
      actorUserId: identified ? actor.userId : actorUserId(actor),
      actorLabel: identified ? actor.displayName : actorLabel(actor),
      actorRole: actor.kind === "user" ? actor.role : null,
      actorOrganisationId: actor.kind === "user" ? actor.organisationId : null,
      actorHealthCenterId: actor.kind === "user" ? actor.healthCenterId : null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      summary: input.summary,
      data: input.data,
      ipAddress: input.ipAddress ?? (identified ? null : actorClientAddress(actor)),
    },
  });
}
