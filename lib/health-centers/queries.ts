// Reads of health centres with their jurisdiction and leads as of a date, and their history.
// 本庁 (管理者・担当) only; DTOs with ISO dates.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDate, todayInJapan } from "@/lib/dates/date-only";
import { refuseNotFound } from "@/lib/audit/refusals";
import { validOn, validOnOptionalStart } from "@/lib/validity";
import { assertHealthCenterReader } from "./policy";

export interface HealthCenterRow {
  id: number;
  name: string;
  code: string | null;
  operator: "PREFECTURE" | "MUNICIPALITY";
  isSample: boolean;
  active: boolean;
  municipalityCount: number;
  leadRegions: string[];
}

/** Every health centre of the actor's prefecture, with its jurisdiction and leads on `asOf`. */
export async function listHealthCenters(actor: Actor, options: { asOf?: string } = {}): Promise<HealthCenterRow[]> {
  const reader = await assertHealthCenterReader(actor, "health_center.list");
  const date = options.asOf ?? todayInJapan();
  const [rows, active] = await Promise.all([
    db().healthCenter.findMany({
      where: { prefectureId: reader.prefectureId },
      orderBy: [{ code: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        code: true,
        operator: true,
        isSample: true,
        _count: { select: { jurisdictions: { where: validOn(date) } } },
        leads: { where: validOn(date), select: { region: { select: { name: true } } }, orderBy: { region: { sortOrder: "asc" } } },
      },
    }),
    db().healthCenter.findMany({ where: { prefectureId: reader.prefectureId, ...validOnOptionalStart(date) }, select: { id: true } }),
  ]);
  const activeIds = new Set(active.map((a) => a.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    code: r.code,
    operator: r.operator,
    isSample: r.isSample,
    active: activeIds.has(r.id),
    municipalityCount: r._count.jurisdictions,
    leadRegions: r.leads.map((l) => l.region.name),
  }));
}

export interface PeriodRow {
  id: number;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  isSample: boolean;
}

export interface HealthCenterDetail {
  id: number;
  name: string;
  code: string | null;
  operator: "PREFECTURE" | "MUNICIPALITY";
  operatingMunicipality: { code: string; name: string } | null;
  validFrom: string | null;
  validTo: string | null;
  isSample: boolean;
  version: number;
  shownOn: string;
  jurisdictionOn: PeriodRow[];
  leadsOn: PeriodRow[];
  jurisdictionHistory: PeriodRow[];
  leadHistory: PeriodRow[];
}

/** One health centre: its jurisdiction and leads on `asOf` (default today) and every period it had. */
export async function getHealthCenter(actor: Actor, healthCenterId: number, options: { asOf?: string } = {}): Promise<HealthCenterDetail> {
  const reader = await assertHealthCenterReader(actor, "health_center.read", String(healthCenterId));
  const shownOn = options.asOf ?? todayInJapan();
  const center = Number.isInteger(healthCenterId) && healthCenterId > 0 && healthCenterId <= 2_147_483_647
    ? await db().healthCenter.findFirst({
        where: { id: healthCenterId, prefectureId: reader.prefectureId },
        select: {
          id: true,
          name: true,
          code: true,
          operator: true,
          isSample: true,
          version: true,
          validFrom: true,
          validTo: true,
          operatingMunicipalityId: true,
          jurisdictions: {
            orderBy: [{ validFrom: "desc" }, { municipality: { code: "asc" } }],
            select: { id: true, validFrom: true, validTo: true, isSample: true, municipality: { select: { code: true, name: true } } },
          },
          leads: {
            orderBy: [{ validFrom: "desc" }, { region: { code: "asc" } }],
            select: { id: true, validFrom: true, validTo: true, isSample: true, region: { select: { code: true, name: true } } },
          },
        },
      })
    : null;
  if (!center) return refuseNotFound(reader, { action: "health_center.read", entityType: "health_center", entityId: String(healthCenterId) });
  const period = (r: { id: number; validFrom: Date; validTo: Date | null; isSample: boolean }, ref: { code: string; name: string }): PeriodRow => ({
    id: r.id,
    code: ref.code,
    name: ref.name,
    validFrom: isoDate(r.validFrom),
    validTo: r.validTo ? isoDate(r.validTo) : null,
    isSample: r.isSample,
  });
  const operatingMunicipality = center.operatingMunicipalityId
    ? await db().municipality.findUnique({ where: { id: center.operatingMunicipalityId }, select: { code: true, name: true } })
    : null;
  const jurisdictionHistory = center.jurisdictions.map((j) => period(j, j.municipality));
  const leadHistory = center.leads.map((l) => period(l, l.region));
  const onDate = (p: PeriodRow) => p.validFrom <= shownOn && (p.validTo === null || p.validTo > shownOn);
  return {
    id: center.id,
    name: center.name,
    code: center.code,
    operator: center.operator,
    operatingMunicipality,
    validFrom: center.validFrom ? isoDate(center.validFrom) : null,
    validTo: center.validTo ? isoDate(center.validTo) : null,
    isSample: center.isSample,
    version: center.version,
    shownOn,
    jurisdictionOn: jurisdictionHistory.filter(onDate).sort((a, b) => a.code.localeCompare(b.code)),
    leadsOn: leadHistory.filter(onDate).sort((a, b) => a.code.localeCompare(b.code)),
    jurisdictionHistory,
    leadHistory,
  };
}

export interface ChangeOptions {
  municipalities: { code: string; name: string; currentCenter: string | null }[];
  regions: { code: string; name: string; currentLead: string | null }[];
}

/** Choices for the change forms: municipalities and wards, and the regions valid today or later. */
export async function listChangeOptions(actor: Actor): Promise<ChangeOptions> {
  const reader = await assertHealthCenterReader(actor, "health_center.options");
  const today = todayInJapan();
  const [municipalities, regions] = await Promise.all([
    db().municipality.findMany({
      where: { prefectureId: reader.prefectureId },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, name: true, parent: { select: { name: true } }, jurisdictions: { where: validOn(today), select: { healthCenter: { select: { name: true } } } } },
    }),
    db().homeCareRegion.findMany({
      where: { prefectureId: reader.prefectureId, OR: [{ validTo: null }, { validTo: { gt: new Date(today) } }] },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, name: true, leads: { where: validOn(today), select: { healthCenter: { select: { name: true } } } } },
    }),
  ]);
  return {
    municipalities: municipalities.map((x) => ({
      code: x.code,
      name: x.parent ? `${x.parent.name}${x.name}` : x.name,
      currentCenter: x.jurisdictions[0]?.healthCenter.name ?? null,
    })),
    regions: regions.map((r) => ({ code: r.code, name: r.name, currentLead: r.leads[0]?.healthCenter.name ?? null })),
  };
}
