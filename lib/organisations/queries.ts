// Reads of the organisation registry: search (name, kana, type, municipality; paginated) and one
// organisation with its facilities. 本庁 only; DTOs.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { refuseNotFound } from "@/lib/audit/refusals";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates/date-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRegistryReader } from "./policy";
import { OrganisationSearchSchema, type OrganisationTypeName } from "./schema";

export const PAGE_SIZE = 20;

export interface OrganisationRow {
  id: number;
  type: OrganisationTypeName;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  municipalityName: string | null;
  facilityCount: number;
  isSample: boolean;
}

export interface OrganisationPage {
  rows: OrganisationRow[];
  total: number;
  page: number;
  pageCount: number;
}

export async function searchOrganisations(actor: Actor, raw: unknown): Promise<OrganisationPage> {
  const reader = await assertRegistryReader(actor, "organisation.search");
  const search = OrganisationSearchSchema.parse(raw ?? {});
  const where: Prisma.OrganisationWhereInput = {
    prefectureId: reader.prefectureId,
    type: search.type,
    municipality: search.municipalityCode ? { code: search.municipalityCode } : undefined,
    OR: search.q
      ? [
          { name: { contains: search.q, mode: "insensitive" } },
          { nameKana: { contains: search.q, mode: "insensitive" } },
          { corporateNumber: search.q },
        ]
      : undefined,
  };
  const total = await db().organisation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await db().organisation.findMany({
    where,
    orderBy: [{ nameKana: { sort: "asc", nulls: "last" } }, { name: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      type: true,
      name: true,
      nameKana: true,
      corporateNumber: true,
      isSample: true,
      municipality: { select: { name: true } },
      _count: { select: { facilities: true } },
    },
  });
  return {
    rows: rows.map((r) => ({
      id: r.id,
      type: r.type,
      name: r.name,
      nameKana: r.nameKana,
      corporateNumber: r.corporateNumber,
      municipalityName: r.municipality?.name ?? null,
      facilityCount: r._count.facilities,
      isSample: r.isSample,
    })),
    total,
    page,
    pageCount,
  };
}

export interface OrganisationDetail {
  id: number;
  type: OrganisationTypeName;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  municipality: { code: string; name: string } | null;
  healthCenterName: string | null;
  isSample: boolean;
  version: number;
  memberCount: number;
  facilities: { id: number; category: "MEDICAL" | "DENTAL"; institutionNumber: string; name: string; address: string | null; validFrom: string | null }[];
}

export async function getOrganisation(actor: Actor, organisationId: number): Promise<OrganisationDetail> {
  const reader = await assertRegistryReader(actor, "organisation.read", String(organisationId));
  const o = Number.isInteger(organisationId) && organisationId > 0 && organisationId <= 2_147_483_647
    ? await db().organisation.findFirst({
        where: { id: organisationId, prefectureId: reader.prefectureId },
        select: {
          id: true,
          type: true,
          name: true,
          nameKana: true,
          corporateNumber: true,
          postalCode: true,
          address: true,
          phone: true,
          email: true,
          isSample: true,
          version: true,
          municipality: { select: { code: true, name: true } },
          healthCenter: { select: { name: true } },
          _count: { select: { memberships: true } },
          facilities: {
            orderBy: { facility: { institutionNumber: "asc" } },
            select: { validFrom: true, facility: { select: { id: true, category: true, institutionNumber: true, name: true, address: true } } },
          },
        },
      })
    : null;
  if (!o) return refuseNotFound(reader, { action: "organisation.read", entityType: "organisation", entityId: String(organisationId) });
  return {
    id: o.id,
    type: o.type,
    name: o.name,
    nameKana: o.nameKana,
    corporateNumber: o.corporateNumber,
    postalCode: o.postalCode,
    address: o.address,
    phone: o.phone,
    email: o.email,
    municipality: o.municipality,
    healthCenterName: o.healthCenter?.name ?? null,
    isSample: o.isSample,
    version: o.version,
    memberCount: o._count.memberships,
    facilities: o.facilities.map((f) => ({ ...f.facility, validFrom: f.validFrom ? isoDate(f.validFrom) : null })),
  };
}

/** The other organisations of the prefecture, for choosing the duplicate to merge. */
export async function listMergeCandidates(actor: Actor, organisationId: number) {
  const reader = await assertRegistryReader(actor, "organisation.read", String(organisationId));
  return db().organisation.findMany({
    where: { prefectureId: reader.prefectureId, id: { not: organisationId } },
    orderBy: { name: "asc" },
    take: 1000,
    select: { id: true, name: true, version: true },
  });
}

/** Municipalities (code and name) for the search and edit forms. */
export async function listMunicipalityOptions(actor: Actor) {
  const reader = await assertRegistryReader(actor, "organisation.options");
  const rows = await db().municipality.findMany({
    where: { prefectureId: reader.prefectureId, kind: { not: "WARD" } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true },
  });
  return rows;
}
