// A role and its scope must fit together, within the administrator's prefecture: 保健所 names a
// health centre, 申請者 an organisation, 閲覧者 optionally an organisation, 本庁 roles neither.
import "server-only";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userMessages as m } from "./messages";
import type { RoleName } from "./schema";

export interface Scope {
  role: RoleName;
  organisationId?: number;
  healthCenterId?: number;
}

export async function resolveScope(tx: Prisma.TransactionClient, prefectureId: number, scope: Scope) {
  const fail = (field: "organisationId" | "healthCenterId", message: string): never => {
    throw new ValidationError(message, { [field]: [message] });
  };
  const { role, organisationId, healthCenterId } = scope;
  if (role === "PREFECTURE_ADMIN" || role === "PREFECTURE_STAFF") {
    if (organisationId) fail("organisationId", m.noScopeForPrefecture);
    if (healthCenterId) fail("healthCenterId", m.noScopeForPrefecture);
  }
  if (role === "HEALTH_CENTER") {
    if (!healthCenterId) fail("healthCenterId", m.healthCenterRequired);
    if (organisationId) fail("organisationId", m.healthCenterRequired);
  } else if (healthCenterId) {
    fail("healthCenterId", m.healthCenterOnlyForHealthCenter);
  }
  if (role === "APPLICANT" && !organisationId) fail("organisationId", m.organisationRequired);
  if (healthCenterId) {
    const found = await tx.healthCenter.count({ where: { id: healthCenterId, prefectureId } });
    if (!found) fail("healthCenterId", m.unknownHealthCenter);
  }
  if (organisationId) {
    const found = await tx.organisation.count({ where: { id: organisationId, prefectureId } });
    if (!found) fail("organisationId", m.unknownOrganisation);
  }
  return { role, organisationId: organisationId ?? null, healthCenterId: healthCenterId ?? null };
}
