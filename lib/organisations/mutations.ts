// Changes to the organisation registry: create, edit (optimistic concurrency), and the facilities
// an organisation runs, named by their key (医科・歯科 and 医療機関番号). Every change is audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { organisationMessages as m } from "./messages";
import { assertRegistryKeeper } from "./policy";
import {
  OrganisationFacilitySchema,
  OrganisationSchema,
  UpdateOrganisationSchema,
  type OrganisationFacilityInput,
  type OrganisationInput,
  type UpdateOrganisationInput,
} from "./schema";
import { assertOrganisationNameFree, organisationData } from "./store";

export async function createOrganisation(actor: Actor, raw: OrganisationInput) {
  const keeper = await assertRegistryKeeper(actor, "organisation.create");
  const parsed = OrganisationSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const input = parsed.data;
  return db().$transaction(async (tx) => {
    await assertOrganisationNameFree(tx, keeper.prefectureId, input.name);
    const created = await tx.organisation.create({
      data: { prefectureId: keeper.prefectureId, ...(await organisationData(tx, keeper.prefectureId, input)) },
      select: { id: true, name: true },
    });
    await recordAudit(tx, keeper, {
      prefectureId: keeper.prefectureId,
      action: "organisation.created",
      entityType: "organisation",
      entityId: String(created.id),
      summary: m.audit.created(created.name),
      data: { ...input },
    });
    return created;
  });
}

export async function updateOrganisation(actor: Actor, organisationId: number, raw: UpdateOrganisationInput) {
  const keeper = await assertRegistryKeeper(actor, "organisation.update", String(organisationId));
  const parsed = UpdateOrganisationSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const { expectedVersion, ...input } = parsed.data;
  return db().$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({ where: { id: organisationId, prefectureId: keeper.prefectureId } });
    if (!before) throw new NotFoundError(m.notFound);
    await assertOrganisationNameFree(tx, keeper.prefectureId, input.name, organisationId);
    const data = await organisationData(tx, keeper.prefectureId, input);
    const updated = await tx.organisation.updateMany({ where: { id: organisationId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    const { createdAt: _c, updatedAt: _u, ...was } = before;
    await recordAudit(tx, keeper, {
      prefectureId: keeper.prefectureId,
      action: "organisation.updated",
      entityType: "organisation",
      entityId: String(organisationId),
      summary: m.audit.updated(input.name),
      data: { before: was, after: data },
    });
    return { id: organisationId };
  });
}

async function findFacility(prefectureId: number, input: { category: "MEDICAL" | "DENTAL"; institutionNumber: string }) {
  const prefecture = await db().prefecture.findUniqueOrThrow({ where: { id: prefectureId }, select: { code: true } });
  return db().facility.findUnique({
    where: { prefectureCode_category_institutionNumber: { prefectureCode: prefecture.code, category: input.category, institutionNumber: input.institutionNumber } },
    select: { id: true, name: true, institutionNumber: true },
  });
}

/** Records that the organisation runs the facility with this key. */
export async function addOrganisationFacility(actor: Actor, organisationId: number, raw: OrganisationFacilityInput) {
  const keeper = await assertRegistryKeeper(actor, "organisation.facility_added", String(organisationId));
  const parsed = OrganisationFacilitySchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromIssues(parsed.error.issues);
  const facility = await findFacility(keeper.prefectureId, parsed.data);
  if (!facility) throw new ValidationError(m.unknownFacility(parsed.data.institutionNumber), { institutionNumber: [m.unknownFacility(parsed.data.institutionNumber)] });
  return db().$transaction(async (tx) => {
    const org = await tx.organisation.findFirst({ where: { id: organisationId, prefectureId: keeper.prefectureId }, select: { id: true, name: true } });
    if (!org) throw new NotFoundError(m.notFound);
    const existing = await tx.organisationFacility.findUnique({ where: { organisationId_facilityId: { organisationId, facilityId: facility.id } } });
    if (existing) throw new ValidationError(m.facilityAlready, { institutionNumber: [m.facilityAlready] });
    await tx.organisationFacility.create({ data: { organisationId, facilityId: facility.id } });
    await recordAudit(tx, keeper, {
      prefectureId: keeper.prefectureId,
      action: "organisation.facility_added",
      entityType: "organisation",
      entityId: String(organisationId),
      summary: m.audit.facilityAdded(org.name, facility.name),
      data: { facilityId: facility.id, ...parsed.data },
    });
    return { facilityId: facility.id };
  });
}

export async function removeOrganisationFacility(actor: Actor, organisationId: number, facilityId: number) {
  const keeper = await assertRegistryKeeper(actor, "organisation.facility_removed", String(organisationId));
  return db().$transaction(async (tx) => {
    const link = await tx.organisationFacility.findFirst({
      where: { organisationId, facilityId, organisation: { prefectureId: keeper.prefectureId } },
      select: { organisation: { select: { name: true } }, facility: { select: { name: true, institutionNumber: true, category: true } } },
    });
    if (!link) throw new NotFoundError(m.facilityNotLinked);
    await tx.organisationFacility.delete({ where: { organisationId_facilityId: { organisationId, facilityId } } });
    await recordAudit(tx, keeper, {
      prefectureId: keeper.prefectureId,
      action: "organisation.facility_removed",
      entityType: "organisation",
      entityId: String(organisationId),
      summary: m.audit.facilityRemoved(link.organisation.name, link.facility.name),
      data: { facilityId, ...link.facility },
    });
    return { facilityId };
  });
}
