// Merging a duplicate organisation into the record that survives: memberships, invitations and
// the facilities it runs move to the survivor, blank contact fields of the survivor take the
// duplicate's values, and the duplicate is removed (its last state is kept in the audit row).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { organisationMessages as m } from "./messages";
import { assertCanMerge } from "./policy";
import { MergeOrganisationsSchema, type MergeOrganisationsInput } from "./schema";

const FILLABLE = ["nameKana", "corporateNumber", "postalCode", "address", "phone", "email", "municipalityId", "healthCenterId"] as const;

export async function mergeOrganisations(actor: Actor, raw: MergeOrganisationsInput) {
  const admin = await assertCanMerge(actor, raw?.survivorId ? String(raw.survivorId) : null);
  const parsed = MergeOrganisationsSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const input = parsed.data;
  if (input.survivorId === input.duplicateId) throw new ValidationError(m.mergeSame, { duplicateId: [m.mergeSame] });
  return db().$transaction(async (tx) => {
    // One after the other: a transaction is one connection, which runs one statement at a time.
    const find = (id: number) => tx.organisation.findFirst({ where: { id, prefectureId: admin.prefectureId } });
    const survivor = await find(input.survivorId);
    const duplicate = await find(input.duplicateId);
    if (!survivor || !duplicate) throw new NotFoundError(m.notFound);
    if (survivor.version !== input.survivorVersion || duplicate.version !== input.duplicateVersion) throw new ConflictError(m.conflict);
    const differ = (a: unknown, b: unknown) => a !== null && b !== null && a !== b;
    if (differ(survivor.corporateNumber, duplicate.corporateNumber)) throw new ValidationError(m.mergeCorporateNumbers);
    if (differ(survivor.healthCenterId, duplicate.healthCenterId)) throw new ValidationError(m.mergeHealthCenters);
    if (differ(survivor.municipalityId, duplicate.municipalityId)) throw new ValidationError(m.mergeMunicipalities);

    const fill: Record<string, unknown> = {};
    for (const key of FILLABLE) if (survivor[key] === null && duplicate[key] !== null) fill[key] = duplicate[key];
    const moved = {
      memberships: (await tx.membership.updateMany({ where: { organisationId: duplicate.id }, data: { organisationId: survivor.id } })).count,
      invitations: (await tx.invitation.updateMany({ where: { organisationId: duplicate.id }, data: { organisationId: survivor.id } })).count,
      // Designations (candidates and designated alike) follow the body they were made to.
      designations: (await tx.designation.updateMany({ where: { organisationId: duplicate.id }, data: { organisationId: survivor.id } })).count,
      // Subsidy applications and their in-app notices follow the applicant body.
      applications: (await tx.subsidyApplication.updateMany({ where: { organisationId: duplicate.id }, data: { organisationId: survivor.id } })).count,
      notifications: (await tx.notification.updateMany({ where: { recipientOrganisationId: duplicate.id }, data: { recipientOrganisationId: survivor.id } })).count,
      facilities: 0,
    };
    const links = await tx.organisationFacility.findMany({ where: { organisationId: duplicate.id } });
    const kept = new Set((await tx.organisationFacility.findMany({ where: { organisationId: survivor.id }, select: { facilityId: true } })).map((l) => l.facilityId));
    await tx.organisationFacility.deleteMany({ where: { organisationId: duplicate.id } });
    const toMove = links.filter((l) => !kept.has(l.facilityId));
    await tx.organisationFacility.createMany({ data: toMove.map((l) => ({ ...l, organisationId: survivor.id })) });
    moved.facilities = toMove.length;
    // The health centre link is unique: the duplicate lets go of it before the survivor takes it.
    await tx.organisation.delete({ where: { id: duplicate.id } });
    const updated = await tx.organisation.updateMany({ where: { id: survivor.id, version: input.survivorVersion }, data: { ...fill, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    const { createdAt: _c, updatedAt: _u, ...removed } = duplicate;
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "organisation.merged",
      entityType: "organisation",
      entityId: String(survivor.id),
      summary: m.audit.merged(survivor.name, duplicate.name),
      data: { removed, filled: Object.keys(fill), moved },
    });
    return { survivorId: survivor.id, moved };
  });
}
