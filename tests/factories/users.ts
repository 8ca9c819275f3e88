// Users with a role, for tests and (later) the demo seed.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/client";

export async function createUserActor(
  db: Db,
  options: { role: Role; prefectureCode?: string; healthCenterName?: string; organisationId?: number; displayName?: string },
): Promise<Actor> {
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: options.prefectureCode ?? "01" } });
  const healthCenter = options.healthCenterName
    ? await db.healthCenter.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId: prefecture.id, name: options.healthCenterName } } })
    : null;
  const user = await db.user.create({
    data: {
      email: `user-${randomBytes(4).toString("hex")}@example.jp`,
      displayName: options.displayName ?? `テスト利用者（${options.role}）`,
      memberships: {
        create: {
          prefectureId: prefecture.id,
          role: options.role,
          healthCenterId: healthCenter?.id ?? null,
          organisationId: options.organisationId ?? null,
        },
      },
    },
  });
  return {
    kind: "user",
    userId: user.id,
    displayName: user.displayName,
    prefectureId: prefecture.id,
    role: options.role,
    organisationId: options.organisationId ?? null,
    healthCenterId: healthCenter?.id ?? null,
  };
}
