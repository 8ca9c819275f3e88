// Each dataset's rows, read through the domain modules' own public reads (regions, facilities,
// designations, roadmap, subsidies, budgets) and flattened to the dataset's columns.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listPublishedBudgetExecution } from "@/lib/budgets/public-queries";
import { todayInJapan } from "@/lib/dates/date-only";
import { formatFiscalYear } from "@/lib/dates/wareki";
import { designationStatusLabels, designationTypeLabels } from "@/lib/designations/messages";
import { listPublishedDesignations } from "@/lib/designations/queries";
import { getRoadmap } from "@/lib/designations/roadmap-queries";
import { facilityMessages } from "@/lib/facilities/page-messages";
import { getFacilityCounts, listFacilitySnapshots, searchFacilities } from "@/lib/facilities/queries";
import { listMunicipalities } from "@/lib/geography/lists";
import { requirePortalPrefecture } from "@/lib/geography/prefecture";
import { listSubsidyMenus } from "@/lib/subsidies/queries";
import { NotFoundError } from "@/lib/errors";
import type { Row } from "./columns";
import { designationsChangedAt, regionsChangedAt, roadmapChangedAt, subsidyMenusChangedAt } from "./freshness";
import { openDataMessages as m } from "./messages";
import { regionRows } from "./region-rows";

export interface Loaded {
  rows: Row[];
  updatedAt: Date | null;
  asOf: string | null;
  parameters: Record<string, string>;
}

const KIND_NAMES = { DESIGNATED_CITY: "政令指定都市", CITY: "市", TOWN: "町", VILLAGE: "村", WARD: "区" } as const;

export async function loadRegions(actor: Actor, q: { level: "homecare" | "secondary" | "tertiary"; asOf?: string }): Promise<Loaded> {
  const asOf = q.asOf ?? todayInJapan();
  const prefecture = await requirePortalPrefecture();
  const [rows, updatedAt] = await Promise.all([regionRows(actor, q.level, asOf), regionsChangedAt(prefecture.id)]);
  return { rows, updatedAt, asOf, parameters: { level: q.level, asOf } };
}

export async function loadMunicipalities(actor: Actor, q: { asOf?: string; includeWards?: "true" | "false" }): Promise<Loaded> {
  const asOf = q.asOf ?? todayInJapan();
  const prefecture = await requirePortalPrefecture();
  const [items, updatedAt] = await Promise.all([listMunicipalities(actor, { asOf, includeWards: q.includeWards === "true" }), regionsChangedAt(prefecture.id)]);
  const rows = items.map((r) => ({
    code: r.code,
    lgCode6: r.lgCode6,
    name: r.name,
    kana: r.kana,
    kind: KIND_NAMES[r.kind],
    subprefecture: r.subprefecture,
    population2020: r.population2020,
    population65Plus2020: r.population65Plus2020,
    cityCode: r.parents.city?.code ?? null,
    tertiaryCode: r.parents.tertiary?.code ?? null,
    tertiaryName: r.parents.tertiary?.name ?? null,
    secondaryCode: r.parents.secondary?.code ?? null,
    secondaryName: r.parents.secondary?.name ?? null,
    homeCareRegionCode: r.parents.homeCareRegion?.code ?? null,
    homeCareRegionName: r.parents.homeCareRegion?.name ?? null,
    asOf,
  }));
  return { rows, updatedAt, asOf, parameters: { asOf, includeWards: q.includeWards ?? "false" } };
}

/** The snapshot asked for (by its 現在 date), or the latest; 404 when there is none. */
async function snapshotOf(actor: Actor, date?: string) {
  const snapshots = await listFacilitySnapshots(actor);
  const found = date ? snapshots.find((s) => s.asOf === date) : snapshots.at(-1);
  if (!found) throw new NotFoundError(date ? m.noSnapshotOn(date) : m.noSnapshot);
  return found;
}

export async function loadFacilityCounts(actor: Actor, q: { level: "homecare" | "secondary" | "municipality"; snapshot?: string }): Promise<Loaded> {
  const snapshot = await snapshotOf(actor, q.snapshot);
  const counts = await getFacilityCounts(actor, { level: q.level, asOf: snapshot.asOf });
  const source = { snapshotAsOf: counts.asOf, attribution: counts.source.attribution };
  const rows = counts.data.map((r) => ({
    code: r.code,
    name: r.name,
    population2020: r.population2020,
    clinicsType1: r.clinics.type1,
    clinicsType2: r.clinics.type2,
    clinicsType3: r.clinics.type3,
    clinicsTotal: r.clinics.total,
    hospitalsType1: r.hospitals.type1,
    hospitalsType2: r.hospitals.type2,
    hospitalsType3: r.hospitals.type3,
    hospitalsTotal: r.hospitals.total,
    clinicsPer100k: r.per100k.clinics,
    hospitalsPer100k: r.per100k.hospitals,
    ...source,
  }));
  return { rows, updatedAt: new Date(snapshot.importedAt), asOf: snapshot.asOf, parameters: { level: q.level, snapshot: snapshot.asOf } };
}

export async function loadFacilities(actor: Actor, q: { snapshot?: string }): Promise<Loaded> {
  const snapshot = await snapshotOf(actor, q.snapshot);
  const list = await searchFacilities(actor, { asOf: snapshot.asOf });
  const rows = list.data.map((r) => ({
    institutionNumber: r.institutionNumber,
    name: r.name,
    kind: facilityMessages.kinds[r.kind],
    supportType: r.supportType,
    supportTypeName: facilityMessages.types[r.supportType] ?? "",
    supportSince: r.supportSince,
    postalCode: r.postalCode,
    address: r.address,
    phone: r.phone,
    municipalityCode: r.municipality.code,
    municipalityName: r.municipality.name,
    homeCareRegionCode: r.homeCareRegion?.code ?? null,
    homeCareRegionName: r.homeCareRegion?.name ?? null,
    snapshotAsOf: list.asOf,
    attribution: list.source.attribution,
  }));
  return { rows, updatedAt: new Date(snapshot.importedAt), asOf: snapshot.asOf, parameters: { snapshot: snapshot.asOf } };
}

export async function loadDesignations(actor: Actor): Promise<Loaded> {
  const prefecture = await requirePortalPrefecture();
  const [list, updatedAt] = await Promise.all([listPublishedDesignations(actor), designationsChangedAt(prefecture.id)]);
  const rows = list.map((d) => ({
    id: d.id,
    type: d.type,
    typeName: designationTypeLabels[d.type],
    status: d.status,
    statusName: designationStatusLabels[d.status],
    organisation: d.organisation.name,
    regionCodes: d.regions.map((r) => r.code),
    regionNames: d.regions.map((r) => r.name),
    designatedOn: d.designatedOn,
    periodEndsOn: d.periodEndsOn,
    endedOn: d.endedOn,
    noticeNumber: d.noticeNumber,
    isSample: d.isSample,
  }));
  return { rows, updatedAt, asOf: null, parameters: {} };
}

export async function loadRoadmap(actor: Actor): Promise<Loaded> {
  const prefecture = await requirePortalPrefecture();
  const [view, updatedAt] = await Promise.all([getRoadmap(actor), roadmapChangedAt(prefecture.id)]);
  const rows = view.fiscalYears.map((y) => ({
    fiscalYear: y.fiscalYear,
    fiscalYearName: y.label,
    targetMin: "min" in y.target ? y.target.min : null,
    targetMax: "max" in y.target ? y.target.max : null,
    targetRemaining: "remaining" in y.target,
    plannedRegions: y.plannedRegions,
    designatedBase: y.designatedRegions.base,
    designatedActiveRole: y.designatedRegions.activeRole,
    designatedDone: y.designatedRegions.done,
    countedOn: y.countedOn,
  }));
  return { rows, updatedAt, asOf: view.today, parameters: {} };
}

export async function loadSubsidyMenus(actor: Actor, q: { fiscalYear?: number }): Promise<Loaded> {
  const prefecture = await requirePortalPrefecture();
  const menus = await listSubsidyMenus(actor, { fiscalYear: q.fiscalYear });
  const rows = menus.data.map((r) => ({
    fiscalYear: r.fiscalYear,
    programmeCode: r.programme.code,
    programmeName: r.programme.name,
    code: r.code,
    name: r.name,
    baseKind: r.base.kind,
    baseAmountYen: r.base.amountYen,
    baseUnit: r.base.unit,
    rateNumerator: r.rate.numerator,
    rateDenominator: r.rate.denominator,
    applicantTypes: r.applicantTypes.map((a) => a.name),
    items: r.items.map((i) => i.name),
    conditions: r.conditions.map((c) => c.description),
    isSample: r.isSample,
  }));
  const updatedAt = await subsidyMenusChangedAt(prefecture.id, menus.fiscalYear);
  return { rows, updatedAt, asOf: null, parameters: { fiscalYear: String(menus.fiscalYear) } };
}

export async function loadBudgetExecution(actor: Actor): Promise<Loaded> {
  const today = todayInJapan();
  const { rows, updatedAt } = await listPublishedBudgetExecution(actor, today);
  return {
    rows: rows.map((r) => ({ ...r, fiscalYearName: formatFiscalYear(r.fiscalYear) })),
    updatedAt,
    asOf: today,
    parameters: {},
  };
}
