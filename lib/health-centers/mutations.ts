// Changes to health centres: the centre itself, the jurisdiction of municipalities and the lead
// 保健所 of 在宅医療圏. A change at an effective date ends the row valid that day and starts a new one,
// so the past stays as it was (ADR 0005); the database's exclusion constraints back "at most one".
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { dateOnly, isoDate } from "@/lib/dates/date-only";
import { formatWarekiDate } from "@/lib/dates/wareki";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validOn } from "@/lib/validity";
import { healthCenterMessages as m } from "./messages";
import { assertHealthCenterAdmin } from "./policy";
import {
  CreateHealthCenterSchema,
  SetJurisdictionSchema,
  SetRegionLeadSchema,
  UpdateHealthCenterSchema,
  type CreateHealthCenterInput,
  type SetJurisdictionInput,
  type SetRegionLeadInput,
  type UpdateHealthCenterInput,
} from "./schema";

type Tx = Prisma.TransactionClient;
const wareki = (iso: string) => formatWarekiDate(dateOnly(iso));

function parse<T>(result: { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): T {
  if (!result.success) throw ValidationError.fromIssues(result.error.issues);
  return result.data;
}

/** PostgreSQL's exclusion-constraint violation (23P01) as the domain's message. */
function mapOverlap(err: unknown): never {
  const text = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? "")}` : String(err);
  if (/23P01|no_overlap|exclusion constraint/i.test(text)) throw new ValidationError(m.overlap);
  throw err;
}

async function operatingCityId(tx: Tx, prefectureId: number, code: string | undefined) {
  if (!code) return null;
  const city = await tx.municipality.findFirst({ where: { prefectureId, code }, select: { id: true } });
  if (!city) throw new ValidationError(m.unknownMunicipality(code), { operatingMunicipalityCode: [m.unknownMunicipality(code)] });
  return city.id;
}

async function assertNameFree(tx: Tx, prefectureId: number, name: string, exceptId?: number) {
  const taken = await tx.healthCenter.findFirst({ where: { prefectureId, name, id: exceptId ? { not: exceptId } : undefined }, select: { id: true } });
  if (taken) throw new ValidationError(m.nameTaken(name), { name: [m.nameTaken(name)] });
}

export async function createHealthCenter(actor: Actor, raw: CreateHealthCenterInput) {
  const admin = await assertHealthCenterAdmin(actor, "health_center.create");
  const input = parse(CreateHealthCenterSchema.safeParse(raw));
  return db().$transaction(async (tx) => {
    await assertNameFree(tx, admin.prefectureId, input.name);
    const center = await tx.healthCenter.create({
      data: {
        prefectureId: admin.prefectureId,
        name: input.name,
        code: input.code ?? null,
        operator: input.operator,
        operatingMunicipalityId: await operatingCityId(tx, admin.prefectureId, input.operatingMunicipalityCode),
        validFrom: input.validFrom ? dateOnly(input.validFrom) : null,
        validTo: input.validTo ? dateOnly(input.validTo) : null,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "health_center.created",
      entityType: "health_center",
      entityId: String(center.id),
      summary: m.audit.created(center.name),
      data: { ...input },
    });
    return center;
  });
}

export async function updateHealthCenter(actor: Actor, healthCenterId: number, raw: UpdateHealthCenterInput) {
  const admin = await assertHealthCenterAdmin(actor, "health_center.update", String(healthCenterId));
  const input = parse(UpdateHealthCenterSchema.safeParse(raw));
  return db().$transaction(async (tx) => {
    const before = await tx.healthCenter.findFirst({ where: { id: healthCenterId, prefectureId: admin.prefectureId } });
    if (!before) throw new NotFoundError(m.notFound);
    await assertNameFree(tx, admin.prefectureId, input.name, healthCenterId);
    const data = {
      name: input.name,
      code: input.code ?? null,
      operator: input.operator,
      operatingMunicipalityId: await operatingCityId(tx, admin.prefectureId, input.operatingMunicipalityCode),
      validFrom: input.validFrom ? dateOnly(input.validFrom) : null,
      validTo: input.validTo ? dateOnly(input.validTo) : null,
    };
    const updated = await tx.healthCenter.updateMany({
      where: { id: healthCenterId, version: input.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(m.conflict);
    await recordAudit(tx, admin, {
      prefectureId: admin.prefectureId,
      action: "health_center.updated",
      entityType: "health_center",
      entityId: String(healthCenterId),
      summary: m.audit.updated(input.name),
      data: { before: { name: before.name, code: before.code, operator: before.operator }, after: { ...input, expectedVersion: undefined } },
    });
    return { id: healthCenterId };
  });
}

async function activeCenter(tx: Tx, prefectureId: number, healthCenterId: number, date: string) {
  const center = await tx.healthCenter.findFirst({ where: { id: healthCenterId, prefectureId }, select: { id: true, name: true, validFrom: true, validTo: true } });
  if (!center) throw new NotFoundError(m.notFound);
  const d = dateOnly(date);
  if ((center.validFrom && center.validFrom > d) || (center.validTo && center.validTo <= d)) {
    throw new ValidationError(m.healthCenterNotActive(center.name, wareki(date)), { effectiveOn: [m.healthCenterNotActive(center.name, wareki(date))] });
  }
  return center;
}

/**
 * Puts municipalities (or wards) under a health centre from `effectiveOn`: the jurisdiction valid
 * that day ends (or, if it starts that very day, is replaced) and a new open-ended one starts.
 */
export async function setJurisdiction(actor: Actor, raw: SetJurisdictionInput) {
  const admin = await assertHealthCenterAdmin(actor, "health_center.jurisdiction", raw?.healthCenterId ? String(raw.healthCenterId) : null);
  const input = parse(SetJurisdictionSchema.safeParse(raw));
  const d = dateOnly(input.effectiveOn);
  return db()
    .$transaction(async (tx) => {
      const center = await activeCenter(tx, admin.prefectureId, input.healthCenterId, input.effectiveOn);
      const codes = [...new Set(input.municipalityCodes)];
      const municipalities = await tx.municipality.findMany({
        where: { prefectureId: admin.prefectureId, code: { in: codes } },
        select: { id: true, code: true, name: true, parentId: true, wards: { select: { id: true } } },
      });
      const unknown = codes.find((c) => !municipalities.some((x) => x.code === c));
      if (unknown) throw new ValidationError(m.unknownMunicipality(unknown), { municipalityCodes: [m.unknownMunicipality(unknown)] });
      for (const mu of municipalities) {
        // A 政令指定都市 and its wards are never both under a 保健所 (the city's covers its wards).
        const related = [...(mu.parentId ? [mu.parentId] : []), ...mu.wards.map((w) => w.id)];
        const clash = related.length
          ? await tx.healthCenterJurisdiction.findFirst({ where: { municipalityId: { in: related }, OR: [{ validTo: null }, { validTo: { gt: d } }] }, select: { id: true } })
          : null;
        if (clash) throw new ValidationError(m.cityWardClash(mu.name), { municipalityCodes: [m.cityWardClash(mu.name)] });
        const later = await tx.healthCenterJurisdiction.findFirst({ where: { municipalityId: mu.id, validFrom: { gt: d } }, select: { id: true } });
        if (later) throw new ValidationError(m.scheduledJurisdiction(mu.name, wareki(input.effectiveOn)), { municipalityCodes: [m.scheduledJurisdiction(mu.name, wareki(input.effectiveOn))] });
        const current = await tx.healthCenterJurisdiction.findFirst({ where: { municipalityId: mu.id, ...validOn(d) } });
        if (current?.healthCenterId === center.id) throw new ValidationError(m.alreadyUnder(mu.name, center.name), { municipalityCodes: [m.alreadyUnder(mu.name, center.name)] });
        if (current && current.validFrom.getTime() === d.getTime()) await tx.healthCenterJurisdiction.delete({ where: { id: current.id } });
        else if (current) await tx.healthCenterJurisdiction.update({ where: { id: current.id }, data: { validTo: d } });
        await tx.healthCenterJurisdiction.create({ data: { healthCenterId: center.id, municipalityId: mu.id, validFrom: d } });
        await recordAudit(tx, admin, {
          prefectureId: admin.prefectureId,
          action: "health_center.jurisdiction_set",
          entityType: "health_center",
          entityId: String(center.id),
          summary: m.audit.jurisdiction(center.name, [mu.name], wareki(input.effectiveOn)),
          data: { municipalityCode: mu.code, effectiveOn: input.effectiveOn, previousHealthCenterId: current?.healthCenterId ?? null, previousValidFrom: current ? isoDate(current.validFrom) : null },
        });
      }
      return { healthCenterId: center.id, municipalities: municipalities.map((x) => x.name), effectiveOn: input.effectiveOn };
    })
    .catch(mapOverlap);
}

/** Makes a health centre the lead 保健所 of a 在宅医療圏 from `effectiveOn` (one lead per region per date). */
export async function setRegionLead(actor: Actor, raw: SetRegionLeadInput) {
  const admin = await assertHealthCenterAdmin(actor, "home_care_region.lead", raw?.regionCode ?? null);
  const input = parse(SetRegionLeadSchema.safeParse(raw));
  const d = dateOnly(input.effectiveOn);
  return db()
    .$transaction(async (tx) => {
      const center = await activeCenter(tx, admin.prefectureId, input.healthCenterId, input.effectiveOn);
      const region = await tx.homeCareRegion.findUnique({ where: { prefectureId_code: { prefectureId: admin.prefectureId, code: input.regionCode } } });
      if (!region) throw new ValidationError(m.unknownRegion(input.regionCode), { regionCode: [m.unknownRegion(input.regionCode)] });
      if (region.validFrom > d || (region.validTo && region.validTo <= d)) {
        throw new ValidationError(m.regionNotActive(region.name, wareki(input.effectiveOn)), { effectiveOn: [m.regionNotActive(region.name, wareki(input.effectiveOn))] });
      }
      const later = await tx.homeCareRegionLead.findFirst({ where: { regionId: region.id, validFrom: { gt: d } }, select: { id: true } });
      if (later) throw new ValidationError(m.scheduledLead(region.name, wareki(input.effectiveOn)), { regionCode: [m.scheduledLead(region.name, wareki(input.effectiveOn))] });
      const current = await tx.homeCareRegionLead.findFirst({ where: { regionId: region.id, ...validOn(d) } });
      if (current?.healthCenterId === center.id) throw new ValidationError(m.alreadyLead(region.name, center.name), { healthCenterId: [m.alreadyLead(region.name, center.name)] });
      if (current && current.validFrom.getTime() === d.getTime()) await tx.homeCareRegionLead.delete({ where: { id: current.id } });
      else if (current) await tx.homeCareRegionLead.update({ where: { id: current.id }, data: { validTo: d } });
      // The lead ends with the region, if the region has an end.
      await tx.homeCareRegionLead.create({ data: { regionId: region.id, healthCenterId: center.id, validFrom: d, validTo: region.validTo } });
      await recordAudit(tx, admin, {
        prefectureId: admin.prefectureId,
        action: "home_care_region.lead_set",
        entityType: "home_care_region",
        entityId: region.code,
        summary: m.audit.lead(region.name, center.name, wareki(input.effectiveOn)),
        data: { healthCenterId: center.id, effectiveOn: input.effectiveOn, previousHealthCenterId: current?.healthCenterId ?? null },
      });
      return { regionCode: region.code, healthCenterId: center.id, effectiveOn: input.effectiveOn };
    })
    .catch(mapOverlap);
}
