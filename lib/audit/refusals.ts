// Every refused authorization is audited (in its own transaction, since the refused change is not
// made), then the refusal is thrown: NotFoundError (404) for records the actor may not see — their
// existence is not revealed — and ForbiddenError (403) for records they may see but not change.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { recordAudit } from "./mutations";

interface Target {
  action: string;
  entityType: string;
  entityId?: string | null;
  prefectureId?: number | null;
}

async function auditRefusal(actor: Actor, target: Target, outcome: "forbidden" | "not_found" | "unauthenticated") {
  try {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, {
        prefectureId: target.prefectureId ?? (actor.kind === "user" ? actor.prefectureId : null),
        action: "authz.denied",
        entityType: target.entityType,
        entityId: target.entityId ?? null,
        summary: `権限のない操作を拒否しました（${target.action}）`,
        data: { attempted: target.action, outcome },
      }),
    );
  } catch (err) {
    console.error("[audit] could not record a refusal:", err);
  }
}

/** Refuses an action on a record the actor may see (403). */
export async function refuseForbidden(actor: Actor, target: Target, message?: string): Promise<never> {
  await auditRefusal(actor, target, "forbidden");
  throw new ForbiddenError(message);
}

/** Refuses access to a record the actor may not see, as if it did not exist (404). */
export async function refuseNotFound(actor: Actor, target: Target, message?: string): Promise<never> {
  await auditRefusal(actor, target, "not_found");
  throw new NotFoundError(message);
}

/** Refuses an anonymous caller on a member-only operation (401; pages send them to ログイン). */
export async function refuseAnonymous(actor: Actor, target: Target): Promise<never> {
  await auditRefusal(actor, target, "unauthenticated");
  throw new UnauthenticatedError();
}
